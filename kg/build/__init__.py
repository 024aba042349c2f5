"""The build: runs every stage in order, with a cache, workers and a report.

:mod:`kg.build.pipeline` (``kg build``, ``kg extract``) reads the inputs, extracts
each document through :mod:`kg.build.cache` and the executors (:mod:`kg.build.executors`
on this machine's cores, :mod:`kg.build.dask_executor` on a dask cluster), resolves,
makes the graph and its outputs, stages and publishes them (:mod:`kg.build.publish`) and
reports (:mod:`kg.build.report`).
"""
