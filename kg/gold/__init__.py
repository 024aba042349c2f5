"""Gold data: scoring extraction against annotated corpora and training on them.

:mod:`kg.gold.evaluate` (``kg eval``) scores ``kg extract`` output on CoNLL04 and DWIE;
:mod:`kg.gold.train` (``kg train``) fits the relation classifier.
"""
