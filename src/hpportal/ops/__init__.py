"""Operations: the cache of rendered pages, planned maintenance, the database files (``storage``)."""


def includeme(config):
    config.include(".pagecache")
    config.include(".maintenance")
    config.include(".database")
