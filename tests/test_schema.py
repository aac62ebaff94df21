"""The JSON Schema in docs/schema is the contract: real output must validate against it."""

import json
import pathlib
import subprocess
import sys

import jsonschema
import pytest
from hypothesis import given

import newsclaims
from newsclaims.model import Article
from tests.strategies import articles

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "schema" / "article.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_packaged_schema_is_the_docs_schema() -> None:
    packaged = ROOT / "src" / "newsclaims" / "schema" / "article.schema.json"
    assert packaged.read_bytes() == SCHEMA_PATH.read_bytes()


def test_seed_articles_validate() -> None:
    found = newsclaims.ingest(ROOT / "seeds")
    assert len(found) == 5
    for article in found:
        VALIDATOR.validate(article.to_dict())


def test_cli_output_validates_line_by_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclaims", "ingest", str(ROOT / "seeds"), "--quiet"],
        capture_output=True, text=True, check=True,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    for line in lines:
        VALIDATOR.validate(json.loads(line))


@given(articles())
def test_generated_articles_validate(article: Article) -> None:
    VALIDATOR.validate(article.to_dict())


def test_schema_rejects_a_missing_field() -> None:
    data = newsclaims.ingest("Title\n\nA body paragraph.")[0].to_dict()
    del data["body"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)
