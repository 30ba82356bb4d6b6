"""JSON Merge Patch (RFC 7396): how nahbar's German profile is laid over the vendored HSDS 3.0 files."""

import copy
from typing import Any


def merge_patch(target: Any, patch: Any) -> Any:
    """`target` with `patch` applied; neither argument is changed. null in a patch removes the member."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result
