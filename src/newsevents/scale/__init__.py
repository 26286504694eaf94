"""Scaling out: the Ray engine (``scale.ray``, needs the ``ray`` extra) writes a dataset of Parquet shards;
``load`` turns a dataset into a store. Nothing here imports Ray until ``scale.ray`` is imported."""

from __future__ import annotations

from newsevents.scale.load import load
from newsevents.scale.shards import is_dataset

__all__ = ["is_dataset", "load"]
