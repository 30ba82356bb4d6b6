"""Reading any HSDS file nahbar accepts: a JSON document, a CSV data package as zip, or a folder of CSV files."""

import json
import zipfile
from pathlib import Path

from django.utils.translation import gettext as _

from interop.exchange import csvpackage
from interop.exchange.tables import Tables, collect


class UnreadableFile(Exception):
    pass


def load(path: Path) -> Tables:
    try:
        if path.is_dir():
            return csvpackage.read_folder(path)
        return read(path.read_bytes(), path.name)
    except OSError as error:
        raise UnreadableFile(f"{path}: {error}") from error
    except UnreadableFile as error:
        raise UnreadableFile(f"{path}: {error}") from error


def read(data: bytes, filename: str) -> Tables:
    """An uploaded or stored file: a CSV data package when its name ends in .zip, else a JSON document."""
    try:
        if filename.lower().endswith(".zip"):
            tables = csvpackage.read_zip(data)
        else:
            tables = collect(json.loads(data.decode("utf-8")))
    except zipfile.BadZipFile as error:
        raise UnreadableFile(
            _("The file is not a zip archive. Pack the CSV files of the data package into one.")
        ) from error
    except UnicodeDecodeError as error:
        raise UnreadableFile(_("The file is not UTF-8 text. Save it again as UTF-8.")) from error
    except json.JSONDecodeError as error:
        raise UnreadableFile(
            _("The file is not valid JSON: line %(line)d, column %(column)d.")
            % {"line": error.lineno, "column": error.colno}
        ) from error
    except ValueError as error:  # a CSV file of the package that is not a table
        raise UnreadableFile(str(error)) from error
    return tables
