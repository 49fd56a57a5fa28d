from whatweknow.eval.split import half, split


def test_half_is_stable_and_depends_on_corpus_and_id() -> None:
    ids = [f"doc{n}" for n in range(200)]
    first = [half("polnear", i) for i in ids]
    assert first == [half("polnear", i) for i in ids]
    assert 60 < first.count("check") < 140  # roughly half each
    assert first != [half("stories", i) for i in ids]  # the corpus name is hashed too


def test_split_keeps_order_and_every_item() -> None:
    ids = [f"d{n}" for n in range(50)]
    halves = split("c", ids, lambda x: x)
    assert sorted(halves["tune"] + halves["check"]) == sorted(ids)
    assert halves["tune"] == [i for i in ids if half("c", i) == "tune"]
