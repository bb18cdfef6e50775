"""The MiniLM tagger's plumbing: windows over long paragraphs, words the
tokenizer drops, and a save/load round trip that ships only what changed."""

import pytest
import torch

from sayso.extraction import minilm
from sayso.extraction.tagger import TAGS
from sayso.extraction.tokens import paragraphs


@pytest.fixture(scope="module")
def tagger():
    bert, tokenizer = minilm.load_encoder()
    torch.manual_seed(0)
    return minilm.MiniLMTagger(minilm.MiniLMNet(bert), tokenizer)


def test_long_paragraph_is_cut_into_windows_of_whole_words(tagger):
    # "Antidisestablishmentarianism" is several word pieces: no window may end inside it.
    text = " ".join(["Antidisestablishmentarianism", "said", "the", "clerk", "."] * 120)
    para = paragraphs(text, max_tokens=10_000)[0]
    windows = tagger.windows([para])
    assert len(windows) > 1
    assert windows[0][1] == 0 and windows[-1][2] == len(para.tokens)
    for (_, s, e, ids, words), nxt in zip(windows, windows[1:] + [None]):
        assert len(ids) <= minilm.MAX_PIECES
        assert set(words) == set(range(s, e))  # every word of the window, and only those
        if nxt:
            assert nxt[1] == e
    tags = tagger.tag([para])[0]
    assert len(tags) == len(para.tokens) and set(tags) <= set(TAGS)


def test_a_word_the_tokenizer_drops_still_gets_a_tag(tagger):
    para = paragraphs("The clerk said \u200b it was closed .")[0]
    assert [t.text for t in para.tokens].count("\u200b") == 1
    assert len(tagger.tag([para])[0]) == len(para.tokens)


def test_save_ships_no_frozen_table_and_loads_back(tagger, tmp_path):
    tagger.save(tmp_path, {"epoch": 0})
    state = torch.load(tmp_path / "model.pt", weights_only=True)
    assert minilm.FROZEN not in state
    loaded = minilm.MiniLMTagger.load(tmp_path)
    assert loaded.version.startswith("minilm-")
    para = paragraphs("“The pier is safe,” the engineer said.")
    feats = tagger.featurize(para, tagger.windows(para))
    with torch.inference_mode():
        # weights ship in half precision
        assert torch.allclose(loaded.net.emissions(*feats), tagger.net.emissions(*feats), atol=0.05)
