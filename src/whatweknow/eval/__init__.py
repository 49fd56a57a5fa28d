"""Evaluation harnesses: gold-standard corpora, span metrics and per-task scorers.

* :mod:`whatweknow.eval.cat` reads CAT XML (the MEANTIME corpus format) into typed records.
* :mod:`whatweknow.eval.metrics` scores span sets (exact and overlap matching, per type, micro).
* :mod:`whatweknow.eval.meantime` evaluates entity mentions on MEANTIME English
  (``python -m whatweknow.eval.meantime PATH``).
"""
