"""The built-in ingesters; each module is a plugin registered like a third-party one."""
