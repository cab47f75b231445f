"""hpportal: the Hai Phong City Electronic Information Portal System."""

from setuptools import find_packages, setup

requires = [
    "setuptools<81",  # deform, pyramid and lingua still import pkg_resources
    "six",  # repoze.catalog imports it without declaring it
    "pyramid>=2.0,<2.2",
    "pyramid_chameleon",
    "pyramid_tm",
    "pyramid_retry",
    "pyramid_zodbconn",
    "ZODB>=6",
    "zodburi",
    "ZEO",  # several app processes on one host
    "RelStorage[postgresql]",  # several hosts, on PostgreSQL (psycopg2)
    "BTrees",
    "transaction",
    "repoze.catalog",
    "repoze.workflow",
    "zope.configuration",
    "colander>=2",
    "deform>=3",
    "Chameleon",
    "Babel",
    "nh3",
    "text-unidecode",  # names (URL slugs) from Chinese, Korean and Japanese titles
    "holidays",  # public holidays of Vietnam (Tết, Giỗ Tổ Hùng Vương, swapped days) for the office calendar
    "Pillow",
    "python-magic",
    "argon2-cffi",
    "pyotp",
    "segno",  # QR codes for TOTP enrolment, rendered locally as SVG
    "cryptography",  # Fernet: citizen ID numbers encrypted at rest (Hỏi - Đáp)
    "aiosmtpd",  # hpportal intake-smtp: mail to the boards' addresses (and the tests' mail server)
    "pyHanko",  # digital signatures of received PDF files: signer, time, changes since signing, trust
    "pyramid_mailer",
    "waitress",
    "plaster_pastedeploy",
    "Brotli",  # Brotli-compressed responses for browsers that ask (gzip comes with WebOb)
]

tests_require = [
    "pytest",
    "WebTest",
    "playwright",
    "pytest-playwright",
    "ruff",
    "lingua",
    "hypothesis",  # the API's property test: no server error for any combination of parameters
    "jsonschema",  # every API answer checked against the OpenAPI document
    "feedparser",  # the feeds parsed as a feed reader parses them
]

setup(
    name="hpportal",
    version="0.1.0",
    description="Hai Phong City Electronic Information Portal System",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    package_dir={"": "src"},
    packages=find_packages("src"),
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=requires,
    extras_require={"test": tests_require},
    entry_points={
        "paste.app_factory": ["main = hpportal:main"],
        "console_scripts": ["hpportal = hpportal.scripts.main:main"],
    },
)
