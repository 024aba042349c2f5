"""The statistical relation classifier (rule ``kg.classifier.v1``).

Takes a document's mentions and the facts the rules found, gives more facts:
:mod:`kg.nlp.classifier.features` describes each candidate pair of actors,
:mod:`kg.nlp.classifier.model` scores them with the weights in ``kg/data/relclf.json.gz``
(trained by ``kg train``, :mod:`kg.gold.train`).
"""
