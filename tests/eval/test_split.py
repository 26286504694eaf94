from newsevents.eval.split import part_of, select


def test_split_is_fixed_and_about_two_fifths_check():
    keys = [f"ev-{i:04d}" for i in range(1, 2001)]
    check = [k for k in keys if part_of(k) == "check"]
    assert 0.36 < len(check) / len(keys) < 0.44
    assert part_of("ev-0001") == part_of("ev-0001")


def test_select_keeps_one_part_or_all():
    items = list(range(100))
    tune, check = select(items, "tune", str), select(items, "check", str)
    assert sorted(tune + check) == items and not set(tune) & set(check)
    assert select(items, None, str) == items
