"""A pitch's speaking time (140 words a minute) and its verdict against 30–60 seconds."""

import pytest

from coffeechat.lib.pitch import (
    GOOD,
    TOO_LONG,
    TOO_SHORT,
    format_seconds,
    judge,
    speaking_seconds,
    word_count,
)


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_a_minute_is_140_words():
    assert speaking_seconds(words(140)) == 60


def test_half_a_minute_is_70_words():
    assert speaking_seconds(words(70)) == 30


def test_seconds_are_rounded_to_the_nearest():
    assert speaking_seconds(words(1)) == 0  # 0.43 s
    assert speaking_seconds(words(2)) == 1  # 0.86 s
    assert speaking_seconds(words(100)) == 43  # 42.86 s


def test_an_empty_pitch_takes_no_time():
    assert speaking_seconds("") == 0
    assert speaking_seconds("   \n\t ") == 0
    assert speaking_seconds(None) == 0


def test_dashes_and_bullets_between_words_are_not_words():
    assert word_count("Chemistry — and policy • too - really") == 5


def test_numbers_contractions_and_hyphenated_words_count_once():
    assert word_count("I'm a 4th-year PhD, since 2022.") == 6


def test_line_breaks_separate_words():
    assert word_count("first\nsecond\n\nthird") == 3


@pytest.mark.parametrize(
    ("n", "verdict"),
    [
        (20, TOO_SHORT),
        (68, TOO_SHORT),
        (70, GOOD),
        (100, GOOD),
        (140, GOOD),
        (142, TOO_LONG),
        (300, TOO_LONG),
    ],
)
def test_the_verdict_follows_the_30_to_60_second_target(n, verdict):
    assert judge(words(n)).verdict == verdict


def test_a_short_pitch_says_how_many_words_to_add():
    timing = judge(words(40))
    assert (timing.words, timing.seconds, timing.verdict) == (40, 17, TOO_SHORT)
    assert "add about 30 words" in timing.advice


def test_a_long_pitch_says_how_many_words_to_cut():
    timing = judge(words(200))
    assert (timing.seconds, timing.verdict) == (86, TOO_LONG)
    assert "cut about 60 words" in timing.advice


def test_a_good_pitch_is_told_to_practise_aloud():
    timing = judge(words(100))
    assert timing.verdict == GOOD
    assert "aloud" in timing.advice


def test_no_pitch_is_too_short_and_says_what_to_write():
    timing = judge("")
    assert timing.is_empty
    assert timing.verdict == TOO_SHORT
    assert timing.advice.startswith("No pitch yet.")


def test_each_verdict_has_a_short_key_for_the_page():
    assert [judge(words(n)).key for n in (10, 100, 200)] == ["short", "good", "long"]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (45, "45 seconds"),
        (60, "1 minute"),
        (80, "1 min 20 s"),
        (120, "2 minutes"),
    ],
)
def test_durations_read_naturally(seconds, text):
    assert format_seconds(seconds) == text


def test_the_timing_reads_its_duration():
    assert judge(words(105)).duration == "45 seconds"


def test_seconds_round_half_up_not_later():
    assert speaking_seconds(words(6)) == 3  # 2.57 s


@pytest.mark.parametrize(
    ("n", "timing"),
    [
        (
            0,
            (
                0,
                0,
                TOO_SHORT,
                "No pitch yet. In two or three sentences, say what draws you to "
                "this field and what you hope to learn; aim for 30 to 60 seconds.",
            ),
        ),
        (
            40,
            (
                40,
                17,
                TOO_SHORT,
                "A little brief: add about 30 words, for instance what first "
                "drew you to this field or what you hope to learn from the people in it.",
            ),
        ),
        (
            100,
            (
                100,
                43,
                GOOD,
                "Within 30 to 60 seconds. Say it aloud a few times until it "
                "sounds like you talking, not reading.",
            ),
        ),
        (
            200,
            (
                200,
                86,
                TOO_LONG,
                "Longer than a minute: cut about 60 words. Keep the reason you "
                "are drawn to this field and what you would like to learn; leave the rest for the "
                "conversation.",
            ),
        ),
    ],
)
def test_each_verdict_gives_its_whole_advice(n, timing):
    got = judge(words(n))
    assert (got.words, got.seconds, got.verdict, got.advice) == timing
