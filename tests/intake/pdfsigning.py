"""Certificates and signed PDFs made by the test suite itself: a root CA, a signer, and files signed by it."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from hpportal.demo.pdf import text_pdf


def _name(common: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ủy ban nhân dân thành phố Hải Phòng"),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ])  # fmt: skip


def _certificate(subject, issuer, public_key, signing_key, *, ca: bool) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca, content_commitment=not ca, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
    )  # fmt: skip
    return builder.sign(signing_key, hashes.SHA256())


@dataclass
class Authority:
    """A root CA and a signer it certified; ``root_pem`` goes into a trust-roots folder."""

    root: x509.Certificate
    signer_cert: x509.Certificate
    signer_key: rsa.RSAPrivateKey

    @classmethod
    def make(cls, signer_name: str = "Nguyễn Văn Tùng") -> Authority:
        root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root_name = _name("Hai Phong Test Root CA")
        root = _certificate(root_name, root_name, root_key.public_key(), root_key, ca=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _certificate(_name(signer_name), root_name, key.public_key(), root_key, ca=False)
        return cls(root, cert, key)

    @property
    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)

    def write_root(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "root.pem"
        path.write_bytes(self.root_pem)
        return folder

    def sign(self, pdf: bytes) -> bytes:
        der = serialization.Encoding.DER
        signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(self.signer_cert.public_bytes(der)),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                self.signer_key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
            ),
            cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(self.root.public_bytes(der))]),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        metadata = signers.PdfSignatureMetadata(field_name="ChuKySo")
        # pyHanko runs its own event loop: in a thread of its own when this one has one (Playwright's, in the suite).
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(lambda: signers.sign_pdf(writer, metadata, signer=signer).getvalue()).result()


def decision_pdf() -> bytes:
    return text_pdf("Quyết định 204/2025/QĐ-UBND", ["Ban hành Quy chế quản lý, vận hành Cổng Thông tin điện tử."])


def changed_after_signing(signed: bytes) -> bytes:
    """The signed file with an incremental update that replaces its page's text (a forger's edit)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = generic.StreamObject(stream_data=b"BT /F1 10 Tf 60 750 Td (Quyet dinh da bi sua) Tj ET")
    page["/Contents"] = writer.add_object(forged)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tampered(signed: bytes) -> bytes:
    """The signed file with one byte of its signed content changed in place."""
    at = signed.index(b"Quyet")
    return signed[:at] + b"Quxet" + signed[at + 5 :]
