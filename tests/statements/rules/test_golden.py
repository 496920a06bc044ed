"""The optimised engine gives, to the øre and to the letter, the statements saved before it."""

import gzip
import json

from tests.statements.rules.golden_cases import GOLDEN, golden_inputs, statement_record


def test_every_saved_statement_comes_out_exactly_as_before_the_optimisation():
    expected = json.loads(gzip.decompress(GOLDEN.read_bytes()).decode("utf-8"))
    names = []
    for name, data, as_of, debtor in golden_inputs():
        names.append(name)
        got = json.loads(json.dumps(statement_record(data, as_of, debtor)))
        assert got == expected[name], name
    assert sorted(names) == sorted(expected)
