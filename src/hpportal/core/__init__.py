"""The CMS kernel. It knows nothing of the regulation; capabilities build on it."""


def includeme(config):
    config.include(".app")  # transactions, database, sessions, security, CSRF, i18n
    config.include(".moved")  # config.add_moved_global: stored objects naming a class by its old path
    config.include(".commands")  # config.add_command: what capabilities add to the `hpportal` tool
    config.include(".evolve")  # config.add_upgrade_step: what `hpportal upgrade` brings up to date
    config.include(".names")  # the names content may not take: those of every view, read at start-up
    config.include(".content")  # the content-type registry and its start-up check
    config.include(".starter")  # what a new component portal starts with: sections capabilities register
    config.include(".portal")
    config.include(".media")
    config.include(".uploads")  # a body limit before parsing; temporary uploads on disk, with an expiry
    config.include(".catalog")
    config.include(".featured")  # the featured index: what boards put forward, for every capability
    config.include(".languages")  # language roots (/en, /zh ...) and linked translations
    config.include(".calendar")  # the office calendar: working days, office hours, public holidays
    config.include(".workflow")  # workflows.zcml: states, permissions, transitions
    config.include(".mail")  # outgoing mail: one outbox, sent after commit, retried, watched by Administrators
    config.include(".notifications")  # mail about workflow steps to who must act next
    config.include(".firstlogin")  # a password given by a manager is changed at the first login
    config.include(".headers")  # security headers on every response
    config.include(".compression")  # Brotli or gzip for every text response
    config.include(".skins")
    config.include(".metadata")  # config.add_page_metadata: canonical link, sharing cards, JSON-LD
    config.include(".api")  # config.add_api_collection: what each capability exposes as JSON
    config.include(".homeblocks")  # config.add_home_block: what capabilities show on the home pages
    config.include(".views")
