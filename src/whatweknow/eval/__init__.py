"""Evaluation harnesses: gold-standard corpora, their readers, metrics and per-task scorers.

Readers

* :mod:`whatweknow.eval.cat` reads CAT XML (the MEANTIME corpus format) into typed records.
* :mod:`whatweknow.eval.timeml` reads TimeML documents (TimeBank, AQUAINT, TempEval-3).
* :mod:`whatweknow.eval.brat` reads brat stand-off attributions (PolNeAR) and matches them.
* :mod:`whatweknow.eval.ecbplus_corpus` reads ECB+ (CAT-based) as news texts with gold events.
* :mod:`whatweknow.eval.story_gold` reads the gold labels of the real dev stories (by offsets).

Metrics and shared helpers

* :mod:`whatweknow.eval.metrics` scores span sets (exact and overlap matching, per type, micro).
* :mod:`whatweknow.eval.coref` scores clusterings (B-cubed, V-measure, MUC, CEAF-e, CoNLL F1).
* :mod:`whatweknow.eval.common` holds what the evaluations share (options, exit statuses, lines).
* :mod:`whatweknow.eval.systems` wraps whatweknow's stages and the anchors as predictors.

Evaluations (each a ``wwk eval`` command of the same name, ``tempeval3`` for tempeval)

* :mod:`whatweknow.eval.meantime` scores entity mentions on MEANTIME English.
* :mod:`whatweknow.eval.tempeval` scores temporal expressions as TempEval-3 does.
* :mod:`whatweknow.eval.polnear` scores attributions on PolNeAR.
* :mod:`whatweknow.eval.factuality` scores claim modality against MEANTIME factuality.
* :mod:`whatweknow.eval.plover` scores PLOVER event coding on the gold standard records.
* :mod:`whatweknow.eval.ecbplus` scores story clustering and event coreference on ECB+.
* :mod:`whatweknow.eval.stories` scores clustering, speakers, disputes and the briefing on the
  real dev stories.
"""
