"""Where a Filler looks for files: root, root_map, resource_path and the escaping-path option."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import numpy
import pytest
from event_model.errors import EventModelTypeError, EventModelValueError
from event_model.filling import PATH_SEMANTICS, Filler, default_path_semantics
from event_model.run_router import RunRouter
from routing_documents import SPEC, read_run

opened: list[str] = []


def recording_handler(path: str, **kwargs: Any) -> Any:
    """A handler that only records the path it was given."""
    opened.append(path)
    return lambda **datum_kwargs: path


def path_given_to_handler(root: str | None, resource_path: str, **filler_options: Any) -> str:
    """Fill one event whose resource has ``root`` and ``resource_path``; return the path the handler got."""
    opened.clear()
    resource: dict[str, Any] = {
        "uid": "res",
        "spec": SPEC,
        "resource_path": resource_path,
        "resource_kwargs": {},
        "path_semantics": "posix",
    }
    if root is not None:
        resource["root"] = root
    descriptor = {"uid": "desc", "run_start": "run", "data_keys": {"img": {"external": "FILESTORE:"}}}
    event = {"uid": "ev", "descriptor": "desc", "data": {"img": "res/0"}, "filled": {"img": False}}
    filler = Filler({SPEC: recording_handler}, inplace=True, **filler_options)
    filler("descriptor", descriptor)
    filler("resource", resource)
    filler("datum", {"datum_id": "res/0", "resource": "res", "datum_kwargs": {}})
    filler("event", event)
    (path,) = opened
    return path


def test_path_semantics() -> None:
    assert PATH_SEMANTICS == {"posix": "posix", "nt": "windows"}
    assert default_path_semantics == PATH_SEMANTICS[os.name]


@pytest.mark.parametrize(
    ("root", "resource_path", "expected"),
    [
        ("/data", "scan/frames", os.path.join("/data", "scan/frames")),
        ("/data/", "frames", os.path.join("/data/", "frames")),
        ("", "relative/frames", "relative/frames"),
        (None, "relative/frames", "relative/frames"),
    ],
)
def test_root_and_resource_path_are_joined(root: str | None, resource_path: str, expected: str) -> None:
    assert path_given_to_handler(root, resource_path) == expected


def test_root_map_replaces_a_root() -> None:
    moved = {"/data": "/mnt/backup/data"}
    assert path_given_to_handler("/data", "frames", root_map=moved) == os.path.join(
        "/mnt/backup/data", "frames"
    )
    assert path_given_to_handler("/other", "frames", root_map=moved) == os.path.join("/other", "frames")


def test_root_map_can_give_a_root_to_a_resource_without_one() -> None:
    assert path_given_to_handler("", "frames", root_map={"": "/base"}) == os.path.join("/base", "frames")


class TestEscapingPathsAreAllowedByDefault:
    """As in event-model 1.24: the join is textual and '..' or an absolute path escape the root."""

    def test_dot_dot_climbs_above_the_root(self) -> None:
        assert path_given_to_handler("/data", "../../etc/passwd") == "/data/../../etc/passwd"

    def test_an_absolute_resource_path_replaces_the_root(self) -> None:
        assert path_given_to_handler("/data", "/etc/passwd") == "/etc/passwd"


class TestRefusingEscapingPaths:
    @pytest.mark.parametrize(
        "resource_path",
        ["..", "../secret", "a/../../secret", "a/b/../../../secret", "/etc/passwd", "./../x"],
    )
    def test_a_path_leaving_its_root_is_refused(self, resource_path: str) -> None:
        with pytest.raises(EventModelValueError, match="escapes its root") as caught:
            path_given_to_handler("/data", resource_path, refuse_escaping_paths=True)
        assert isinstance(caught.value, ValueError)
        assert repr(resource_path) in str(caught.value)
        assert opened == []

    @pytest.mark.parametrize(
        "resource_path", ["frames", "a/../frames", "a/b/../../frames", "./frames", "..frames"]
    )
    def test_a_path_staying_inside_its_root_is_accepted(self, resource_path: str) -> None:
        path = path_given_to_handler("/data", resource_path, refuse_escaping_paths=True)
        assert path == os.path.join("/data", resource_path)

    def test_the_check_applies_to_the_mapped_root(self) -> None:
        with pytest.raises(EventModelValueError, match="/mnt/elsewhere"):
            path_given_to_handler(
                "/data", "../x", root_map={"/data": "/mnt/elsewhere"}, refuse_escaping_paths=True
            )

    def test_a_resource_without_root_has_nothing_to_escape(self) -> None:
        assert path_given_to_handler("", "../x", refuse_escaping_paths=True) == "../x"

    def test_the_option_reaches_run_routers_through_filler_class(self) -> None:
        strict = functools.partial(Filler, refuse_escaping_paths=True)
        router = RunRouter([], {SPEC: recording_handler}, filler_class=strict)
        router("start", {"uid": "run", "time": 0})
        router("descriptor", {"uid": "desc", "run_start": "run", "data_keys": {}})
        router(
            "resource",
            {
                "uid": "res",
                "run_start": "run",
                "spec": SPEC,
                "root": "/d",
                "resource_path": "../x",
                "resource_kwargs": {},
            },
        )
        router("datum", {"datum_id": "res/0", "resource": "res", "datum_kwargs": {}})
        event = {"uid": "ev", "descriptor": "desc", "time": 0, "seq_num": 1}
        with pytest.raises(EventModelValueError, match="escapes its root"):
            router(
                "event",
                {**event, "data": {"img": "res/0"}, "timestamps": {"img": 0}, "filled": {"img": False}},
            )


def test_a_resource_path_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(EventModelTypeError, match="resource_path"):
        path_given_to_handler("/data", 42)  # type: ignore[arg-type]


def test_a_path_like_root_is_accepted() -> None:
    assert path_given_to_handler(Path("/data"), "frames") == os.path.join("/data", "frames")  # type: ignore[arg-type]


class NumpyFrames:
    """Reads <path>_<index>.npy, as ophyd's NPY_SEQ files are laid out."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, index: int) -> numpy.ndarray:
        return numpy.load(f"{self.path}_{index}.npy")


def test_a_recorded_run_is_filled_from_files_moved_elsewhere_via_root_map(tmp_path: Path) -> None:
    documents = read_run("img_external.jsonl")
    (resource,) = [doc for name, doc in documents if name == "resource"]
    datum = [doc for name, doc in documents if name == "datum"]
    for item in datum:
        index = item["datum_kwargs"]["index"]
        numpy.save(tmp_path / f"{resource['resource_path']}_{index}.npy", numpy.full((10, 10), float(index)))
    filler = Filler({"NPY_SEQ": NumpyFrames}, inplace=False, root_map={resource["root"]: str(tmp_path)})
    images = []
    for name, doc in documents:
        name, output = filler(name, doc)
        if name == "event":
            images.append(output["data"]["img"])
            assert output["filled"]["img"] == doc["data"]["img"]
    assert [image.shape for image in images] == [(10, 10)] * len(datum)
    assert [float(image[0, 0]) for image in images] == [float(i) for i in range(len(datum))]
