from decimal import Decimal

from PySide6.QtCore import Qt

from ui.framework.lazy_model import ID_ROLE, Column, LazyIdTableModel

COLUMNS = [Column("no", "No."), Column("amount", "Amount", "amount")]


def synthetic_rows(fetched_blocks):
    def fetch(ids):
        fetched_blocks.append(len(ids))
        return {i: {"no": f"S{i:07d}", "amount": Decimal(i) / 100} for i in ids}

    return fetch


def test_model_over_100000_ids_passes_the_qt_model_tester(qtmodeltester):
    blocks = []
    model = LazyIdTableModel(COLUMNS, synthetic_rows(blocks), block_size=200)
    model.set_ids(range(1, 100_001))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 100_000


def test_reading_one_row_far_down_fetches_only_its_block():
    blocks = []
    model = LazyIdTableModel(COLUMNS, synthetic_rows(blocks), block_size=200)
    model.set_ids(range(1, 100_001))
    assert model.data(model.index(90_000, 0)) == "S0090001"
    assert blocks == [200]
    model.data(model.index(90_150, 1))
    assert model.fetch_count == 1


def test_block_cache_forgets_the_least_recently_used_block():
    blocks = []
    model = LazyIdTableModel(COLUMNS, synthetic_rows(blocks), block_size=10, max_cached_blocks=2)
    model.set_ids(range(100))
    for row in (0, 10, 0, 20, 0):  # block 1 is the oldest when block 2 arrives
        model.data(model.index(row, 0))
    assert model.fetch_count == 3
    model.data(model.index(10, 0))
    assert model.fetch_count == 4


def test_amounts_are_right_aligned_and_the_id_is_behind_each_row():
    model = LazyIdTableModel(COLUMNS, synthetic_rows([]))
    model.set_ids([7, 8])
    assert model.data(model.index(1, 0), ID_ROLE) == 8
    alignment = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, 1)) == "0.07"


def test_header_click_asks_the_sort_callback_for_new_ids():
    model = LazyIdTableModel(
        COLUMNS, synthetic_rows([]), sort_ids=lambda key, desc: [3, 2, 1] if desc else [1, 2, 3]
    )
    model.set_ids([2, 1, 3])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.ids() == [3, 2, 1]
