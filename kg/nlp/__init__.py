"""The spaCy stage: text in, actors and relations with character offsets out.

Takes a :class:`~kg.records.Document` (or plain text) and the loaded pipeline
(:func:`kg.nlp.model.load`: the English model plus kg's components) and gives
:class:`~kg.records.DocResult` records (:mod:`kg.nlp.extract`). Inside the stage the
components hand data to each other through registered ``Doc`` extensions
(:mod:`kg.nlp.state`); no spaCy object leaves it.

* :mod:`kg.nlp.mentions`, :mod:`kg.nlp.spans`, :mod:`kg.nlp.titles`, :mod:`kg.nlp.coref`:
  actors, their mentions, titles and coreference;
* :mod:`kg.nlp.rules`: the relation rules, one module each, and their registry;
* :mod:`kg.nlp.classifier`: pair features and the trained relation model;
* :mod:`kg.nlp.stated`: which relations their evidence sentence states.
"""
