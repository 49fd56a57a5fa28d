"""The events stage: PLOVER events from trigger words, with their parties, place, time and the
modality of the claim they are told in.

:mod:`.event_types` reads the one table of event types (``data/types.tsv``: quad, modes, future
coding and the sets of types the rules name), :mod:`.lexicon` loads the trigger table
(``data/triggers.tsv``) and its companions, :mod:`.match` finds triggers, :mod:`.participants`
reads who does what to whom from the parse, :mod:`.setting` where and when, :mod:`.stance` what
surrounding words do (announced acts, demands, reversals), :mod:`.modes` the manual's mode and type
rules, :mod:`.draft` and :mod:`.component` (the ``wwk_events`` spaCy component) put it together.
:mod:`.coding` and :mod:`.export` give PLOVER records to event-data users.
"""
