"""hpportal: the Hai Phong City Electronic Information Portal System.

``main()`` is the WSGI application; reading it tells what the portal can do.
"""

from pyramid.config import Configurator

from hpportal.core.app import root_factory


def main(global_config, **settings):
    with Configurator(settings=settings, root_factory=root_factory) as config:
        config.include("hpportal.core")  # the CMS kernel: tree, types, security, catalog, forms, skins
        config.include("hpportal.news")  # sections, pages, news articles, links; portal home pages
        config.include("hpportal.legaldocs")  # Văn bản: the legal documents database of every portal
        config.include("hpportal.services")  # Dịch vụ công trực tuyến: administrative procedures, filed online
        config.include("hpportal.qa")  # Hỏi - Đáp: questions routed to the agencies that answer them
        config.include("hpportal.opendata")  # robots.txt and the sitemaps of every portal and language
        config.include("hpportal.inspection")  # Thanh tra: the Department of Culture's notes on any item
        config.include("hpportal.intake")  # Tiếp nhận: what reaches each board by edXML, email, Facebook, paper
        config.include("hpportal.dialogue")  # Đối thoại trực tuyến: leaders answer the public's questions
        config.include("hpportal.ops")  # operations: the cache of anonymous pages
        config.include("hpportal.demo")  # `hpportal demo`: a demo city in an empty database
    return config.make_wsgi_app()
