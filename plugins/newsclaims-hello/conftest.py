pytest_plugins = ["newsclaims.testing"]
