"""Operations: the cache of rendered pages (later: storage, pack, backup, maintenance notices)."""


def includeme(config):
    config.include(".pagecache")
