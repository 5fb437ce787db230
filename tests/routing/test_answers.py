"""The answer parser: one vocabulary (routing.vocabulary), every problem reported per key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routing.answers import KEYS, SITUATIONS, AnswerErrors, Answers, parse_answers

VALID = {
    "gevaar": ["nee"],
    "rol": ["ouder"],
    "leeftijd": ["12"],
    "postcode": ["9000"],
    "situatie": ["conflict"],
    "met": ["hulpverlener"],
}


def errors_of(data: dict) -> dict[str, list[str]]:
    with pytest.raises(AnswerErrors) as exc:
        parse_answers(data)
    return exc.value.errors


def test_valid_answers_parse() -> None:
    a = parse_answers(VALID)
    assert a == Answers(
        gevaar=False,
        rol="ouder",
        leeftijd=12,
        situatie=("conflict",),
        postcode="9000",
        met="hulpverlener",
    )
    assert a.as_dict() == {
        "gevaar": "nee",
        "rol": "ouder",
        "leeftijd": 12,
        "postcode": "9000",
        "situatie": ["conflict"],
        "met": "hulpverlener",
    }


def test_round_trip_through_to_query() -> None:
    a = parse_answers({**VALID, "lopend": ["ja"], "gemeente": ["44021"]})
    assert parse_answers(a.to_query()) == a


def test_empty_input_names_every_missing_required_key() -> None:
    errors = errors_of({})
    assert set(errors) == {"gevaar", "rol", "leeftijd", "postcode", "situatie"}
    assert errors["leeftijd"] == [
        "Vul een leeftijd in tussen 0 en 25 jaar, of kies 'nog niet geboren'."
    ]
    assert all(len(msgs) == 1 and msgs[0] for msgs in errors.values())


@pytest.mark.parametrize("key", ["gevaar", "rol", "leeftijd", "situatie"])
def test_each_missing_key_alone(key: str) -> None:
    data = {k: v for k, v in VALID.items() if k != key}
    assert set(errors_of(data)) == {key}


def test_place_missing_is_reported_on_postcode() -> None:
    data = {k: v for k, v in VALID.items() if k != "postcode"}
    assert set(errors_of(data)) == {"postcode"}


def test_gemeente_alone_is_enough() -> None:
    data = {k: v for k, v in VALID.items() if k != "postcode"}
    assert parse_answers({**data, "gemeente": ["44021"]}).gemeente == "44021"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("gevaar", "misschien"),
        ("rol", "leerkracht"),
        ("leeftijd", "26"),
        ("leeftijd", "-1"),
        ("leeftijd", "12.5"),
        ("leeftijd", "+12"),
        ("leeftijd", "1_2"),
        ("leeftijd", "١٢"),  # Arabic-Indic digits: int() would accept them
        ("leeftijd", "twaalf"),
        ("postcode", "900"),
        ("postcode", "0999"),
        ("postcode", "90000"),
        ("postcode", "9OOO"),
        ("gemeente", "4402"),
        ("gemeente", "Gent"),
        ("situatie", "ruzie"),
        ("met", "buurman"),
        ("lopend", "soms"),
        ("clb_bereikbaar", "misschien"),
    ],
)
def test_invalid_value_is_an_error_naming_the_key(key: str, value: str) -> None:
    data = {**VALID, key: [value]}
    if key == "clb_bereikbaar":
        data.update(rol=["school"], situatie=["crisis"])
    errors = errors_of(data)
    assert list(errors) == [key]
    assert errors[key][0]


def test_all_problems_at_once() -> None:
    errors = errors_of({"gevaar": ["x"], "rol": ["y"], "leeftijd": ["99"], "situatie": ["z"]})
    assert set(errors) == {"gevaar", "rol", "leeftijd", "postcode", "situatie"}


def test_unknown_keys_are_ignored() -> None:
    assert parse_answers({**VALID, "naam": ["Jan"], "csrfmiddlewaretoken": ["x"]}) == (
        parse_answers(VALID)
    )


def test_case_and_whitespace_do_not_matter() -> None:
    a = parse_answers(
        {
            "gevaar": [" NEE "],
            "rol": ["Ouder"],
            "leeftijd": [" 12\n"],
            "postcode": ["\t9000 "],
            "situatie": ["CONFLICT ", " Gestopt"],
            "met": ["HulpVerlener"],
        }
    )
    assert (a.gevaar, a.rol, a.leeftijd, a.postcode) == (False, "ouder", 12, "9000")
    assert a.situatie == ("conflict", "gestopt")


def test_unborn() -> None:
    assert parse_answers({**VALID, "leeftijd": ["Ongeboren"]}).leeftijd == "ongeboren"


def test_age_boundaries() -> None:
    assert parse_answers({**VALID, "leeftijd": ["0"]}).leeftijd == 0
    assert parse_answers({**VALID, "leeftijd": ["25"]}).leeftijd == 25
    assert parse_answers({**VALID, "leeftijd": ["05"]}).leeftijd == 5


def test_repeated_situatie_is_deduplicated_in_canonical_order() -> None:
    a = parse_answers({**VALID, "situatie": ["weigert", "crisis", "weigert", "crisis", ""]})
    assert a.situatie == ("crisis", "weigert")
    b = parse_answers({**VALID, "situatie": ["crisis", "weigert"]})
    assert a == b


def test_single_valued_key_twice() -> None:
    assert parse_answers({**VALID, "rol": ["ouder", " OUDER"]}).rol == "ouder"
    errors = errors_of({**VALID, "rol": ["ouder", "jongere"]})
    assert list(errors) == ["rol"]


def test_empty_values_count_as_not_given() -> None:
    data = {**VALID, "postcode": [""], "gemeente": ["44021"], "lopend": [" "]}
    a = parse_answers(data)
    assert (a.postcode, a.gemeente, a.lopend) == (None, "44021", None)


def test_met_without_conflict_is_ignored() -> None:
    a = parse_answers({**VALID, "situatie": ["vraag"], "met": ["ocj"]})
    assert a.met is None and "met" not in a.as_dict()


def test_met_with_gestopt_is_kept() -> None:
    assert parse_answers({**VALID, "situatie": ["gestopt"], "met": ["sdj"]}).met == "sdj"


def test_clb_bereikbaar_only_for_school_in_crisis() -> None:
    school = {**VALID, "rol": ["school"], "situatie": ["crisis"], "clb_bereikbaar": ["nee"]}
    assert parse_answers(school).clb_bereikbaar is False
    assert parse_answers({**school, "rol": ["ouder"]}).clb_bereikbaar is None
    assert parse_answers({**school, "situatie": ["zorgen"]}).clb_bereikbaar is None


def test_bare_strings_and_non_strings() -> None:
    a = parse_answers({k: v[0] for k, v in VALID.items()})  # a str instead of a list
    assert a == parse_answers(VALID)
    errors = errors_of({**VALID, "leeftijd": [12]})  # a non-string value
    assert list(errors) == ["leeftijd"]


def test_huge_lists() -> None:
    a = parse_answers({**VALID, "situatie": list(SITUATIONS) * 10_000})
    assert a.situatie == SITUATIONS


def test_not_a_mapping() -> None:
    errors = errors_of(None)  # type: ignore[arg-type]
    assert "rol" in errors


def test_errors_are_plain_dutch_without_keys_inside() -> None:
    for messages in errors_of({}).values():
        for msg in messages:
            assert msg.endswith(".") and "_" not in msg


values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["ja", "nee", "ongeboren", "12", "9000", "44021", "crisis", "school", ""]),
)
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=10))


@settings(max_examples=2000, deadline=None)
@given(st.dictionaries(keys, st.lists(values, max_size=5), max_size=12))
def test_fuzz_never_raises_anything_but_answer_errors(data: dict[str, list[str]]) -> None:
    """Any mapping of arbitrary strings gives Answers or AnswerErrors, nothing else."""
    try:
        a = parse_answers(data)
    except AnswerErrors as exc:
        assert exc.errors and all(k in KEYS for k in exc.errors)
        assert all(
            msgs and all(isinstance(m, str) and m for m in msgs) for msgs in exc.errors.values()
        )
    else:
        assert isinstance(a, Answers) and a.situatie
        assert parse_answers(a.to_query()) == a
