from __future__ import annotations

from pathlib import Path

import click

from archivist.cli.common import config_option, echo_json, echo_line, one_line_errors
from archivist.config import load_config


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    metavar="BAG",
    help="The bag directory to create. It must not exist: archivist never overwrites a bag.",
)
@click.option(
    "--tar", is_flag=True, help="Also write the bag as BAG.tar (deterministic; top directory = bag name)."
)
@click.option(
    "--identifier", metavar="TEXT", help="bag-info External-Identifier (also the PREMIS package id)."
)
@click.option("--description", metavar="TEXT", help="bag-info External-Description.")
@config_option()
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@one_line_errors
def bag(
    paths: tuple[Path, ...],
    output: Path,
    tar: bool,
    identifier: str | None,
    description: str | None,
    config_path: Path | None,
    as_json: bool,
) -> None:
    """Package files and directories as a BagIt 1.0 bag (RFC 8493) at BAG.

    Files are copied, never moved or changed, under BAG/data/: a file by its name (data/photo.jpg), a
    directory with its structure (data/scans/...), hidden files included, an empty directory kept as a
    .keep file. The bag gets SHA-256 and SHA-512 manifests and tag manifests, bag-info.txt with the
    organisation from archivist.toml and archivist's BagIt profile
    (schemas/archivist-bagit-profile.json), and premis.xml with PREMIS 3 events (message digest
    calculation, validation, information package creation) and PRONOM formats.

    The bag is built in a hidden staging directory beside BAG and renamed into place only when complete:
    an interrupted run leaves nothing under BAG. Refused: a BAG that exists, symlinks leading outside
    the directory given, names that collide by case or Unicode normalisation. SOURCE_DATE_EPOCH makes
    the bag (and its tar) byte-identical across runs.

    \b
    Examples:
      archivist bag scans/ cover.jpg -o bags/issue-42
      archivist bag photos/ -o bags/photos --tar --identifier urn:example:photos:1
      SOURCE_DATE_EPOCH=1700000000 archivist bag page.pdf -o bags/page --json

    \b
    Exit codes:
      0  the bag (and tar) was written
      1  refused input (BAG exists, unsafe symlink, colliding names...) or a failed write
      2  usage error (missing path, bad option)
      143, 129, 130  stopped by SIGTERM, SIGHUP or Ctrl-C: nothing under BAG, nothing temporary left
    """
    from archivist.ingest.package import package_paths

    packaged = package_paths(
        list(paths),
        output,
        config=load_config(config_path),
        identifier=identifier,
        description=description,
        tar=tar,
    )
    result, tar_path = packaged.bag, packaged.tar
    if as_json:
        echo_json(
            {
                "bag": str(result.path),
                "tar": str(tar_path) if tar_path else None,
                "payload_oxum": result.payload_oxum,
                "files": [
                    {"path": f.path, "size": f.size, **f.digests, "format": f.format.puid}
                    for f in result.files
                ],
                "bag_info": [list(pair) for pair in result.bag_info],
            }
        )
    else:
        echo_line(f"{result.path}  ({len(result.files)} files, {result.payload_bytes} bytes)")
        if tar_path:
            echo_line(str(tar_path))
