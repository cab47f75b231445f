"""The content-type registry: one declaration per type, checked at start-up."""

import pytest
from pyramid.config import Configurator
from pyramid.exceptions import ConfigurationError

from hpportal.core.content import Content, FolderContent, content_type
from hpportal.core.security import ADD


@content_type("Box", title="Box", add_permission=ADD, addable_to=("Shelf",))
class Box(Content):
    pass


@content_type("Shelf", title="Shelf", add_permission=ADD)
class Shelf(FolderContent):
    pass


def configure(*classes):
    config = Configurator(settings={})
    config.include("hpportal.core.content")
    for cls in classes:
        config.add_content_type(cls)
    config.commit()
    return config.registry.content_types


def test_declared_types_are_registered_and_addable_where_declared():
    types = configure(Shelf, Box)
    assert [t.name for t in types.addable_types(Shelf())] == ["Box"]
    assert types.addable_types(Box()) == []
    assert types.may_contain(Shelf(), "Box") and not types.may_contain(Box(), "Shelf")
    box = types.create("Box", title="Hộp")
    assert isinstance(box, Box) and box.title == "Hộp" and box.type_name == "Box"


def test_a_type_whose_parent_is_not_set_up_fails_at_start_up():
    with pytest.raises(ConfigurationError, match="Shelf"):
        configure(Box)


def test_a_class_without_declaration_is_refused():
    class Plain(Content):
        pass

    with pytest.raises(ConfigurationError, match="no @content_type"):
        configure(Plain)


def test_a_type_set_up_twice_is_refused():
    with pytest.raises(ConfigurationError):
        configure(Shelf, Shelf)


def test_the_real_application_declares_every_type_it_needs(app):
    names = {t.name for t in app.registry.content_types}
    assert {"Portal", "SubPortal", "Section", "Page", "NewsArticle", "File", "Image", "Link"} <= names
