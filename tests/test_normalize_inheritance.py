"""normalize: polymorphism by inheritance, a `$ref` to a base schema with a discriminator (and
no oneOf/anyOf) in a value position is a tagged union of its subtypes, the base as fallback."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Problem
from generator.model import NULL, Api, ArrayOf, ModelRef, Primitive, UnionOf
from generator.normalize import normalize

PET = "#/components/schemas/Pet"


def _normalize(schemas: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def _child(parent: str, prop: str, **extra: Any) -> dict[str, Any]:
    own = {"type": "object", "properties": {prop: {"type": "boolean"}}}
    return {"allOf": [{"$ref": f"#/components/schemas/{parent}"}, own], **extra}


def _pets(mapping: dict[str, str] | None = None, **more: Any) -> dict[str, Any]:
    discriminator: dict[str, Any] = {"propertyName": "petType"}
    if mapping is not None:
        discriminator["mapping"] = mapping
    pet = {
        "type": "object",
        "required": ["petType", "name"],
        "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
        "discriminator": discriminator,
    }
    holder = {
        "type": "object",
        "properties": {
            "pet": {"$ref": PET},
            "pets": {"type": "array", "items": {"$ref": PET}},
            "maybe": {"allOf": [{"$ref": PET}], "nullable": True},
        },
    }
    return {"Pet": pet, "Cat": _child("Pet", "meows"), "Dog": _child("Pet", "barks")} | {
        "Holder": holder,
        **more,
    }


def _fields(api: Api, model: str) -> dict[str, Any]:
    found = next(m for m in api.models if m.name == model)
    return {f.wire_name: f.type for f in found.fields}


PETS = UnionOf(
    (ModelRef("Cat"), ModelRef("Dog"), ModelRef("Pet")),
    "petType",
    (("cat", "Cat"), ("dog", "Dog")),
    fallback="Pet",
)


MAPPING = {"cat": "Cat", "dog": "#/components/schemas/Dog"}


def test_explicit_mapping_by_ref_and_by_name() -> None:
    api, problems = _normalize(_pets(MAPPING))
    assert problems == []
    held = _fields(api, "Holder")
    assert held["pet"] == PETS
    assert held["pets"] == ArrayOf(PETS)
    assert held["maybe"] == UnionOf((*PETS.variants, NULL), "petType", PETS.tags, fallback="Pet")
    # the subtypes merge the base's properties and hold no union; the base class stays
    assert _fields(api, "Cat") == {
        "petType": Primitive("str"),
        "name": Primitive("str"),
        "meows": Primitive("bool"),
    }
    assert set(_fields(api, "Pet")) == {"petType", "name"}


def test_implicit_mapping_tags_by_schema_name() -> None:
    api, _ = _normalize(_pets())
    assert _fields(api, "Holder")["pet"].tags == (("Cat", "Cat"), ("Dog", "Dog"))


def test_a_mapping_entry_replaces_the_implicit_name() -> None:
    api, _ = _normalize(_pets({"kitty": "Cat"}))
    assert _fields(api, "Holder")["pet"].tags == (("Dog", "Dog"), ("kitty", "Cat"))


def test_a_base_without_subtypes_is_its_model() -> None:
    schemas = _pets()
    del schemas["Cat"], schemas["Dog"]
    api, _ = _normalize(schemas)
    assert _fields(api, "Holder")["pet"] == ModelRef("Pet")


def test_a_subtype_with_a_discriminator_of_its_own() -> None:
    """Dog is a plain member of Pet's union (its subtype Puppy a member too); a `$ref` to Dog
    is Dog's own union."""
    dog = _child("Pet", "barks", discriminator={"propertyName": "petType"})
    schemas = _pets(Dog=dog, Puppy=_child("Dog", "tiny"))
    schemas["Holder"]["properties"]["dog"] = {"$ref": "#/components/schemas/Dog"}
    api, problems = _normalize(schemas)
    assert problems == []
    held = _fields(api, "Holder")
    names = ("Cat", "Dog", "Puppy", "Pet")
    assert held["pet"].variants == tuple(ModelRef(n) for n in names)
    assert held["pet"].tags == (("Cat", "Cat"), ("Dog", "Dog"), ("Puppy", "Puppy"))
    assert held["dog"] == UnionOf(
        (ModelRef("Puppy"), ModelRef("Dog")), "petType", (("Puppy", "Puppy"),), fallback="Dog"
    )
    assert set(_fields(api, "Puppy")) == {"petType", "name", "barks", "tiny"}


def test_a_mapping_to_a_schema_not_extending_the_base_is_kept_with_a_warning() -> None:
    fish = {"type": "object", "properties": {"fins": {"type": "integer"}}}
    api, problems = _normalize(_pets({"fish": "Fish"}, Fish=fish))
    assert ("fish", "Fish") in _fields(api, "Holder")["pet"].tags
    [warning] = problems
    assert warning.severity == "warning"
    assert warning.pointer == "#/components/schemas/Pet/discriminator/mapping/fish"
    assert "whose allOf does not reference 'Pet'" in warning.message


def test_a_dangling_mapping_is_an_error_at_its_entry() -> None:
    _, problems = _normalize(_pets({"cat": "Kat", "dog": "#/components/schemas/Dogg"}))
    errors = sorted(str(p) for p in problems if p.severity == "error")
    assert errors == [
        "t.yaml:3: #/components/schemas/Pet/discriminator/mapping/cat: $ref "
        "'#/components/schemas/Kat' points at nothing; fix the reference or add the target",
        "t.yaml:3: #/components/schemas/Pet/discriminator/mapping/dog: $ref "
        "'#/components/schemas/Dogg' points at nothing; fix the reference or add the target",
    ]


def test_a_discriminator_beside_one_of_is_the_union_path() -> None:
    schemas = _pets()
    schemas["Pet"] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "petType"},
    }
    schemas["Cat"] = _child("Base", "meows")
    schemas["Dog"] = _child("Base", "barks")
    schemas["Base"] = {"type": "object", "properties": {"petType": {"type": "string"}}}
    api, _ = _normalize(schemas)
    pet = _fields(api, "Holder")["pet"]
    assert pet.variants == (ModelRef("Cat"), ModelRef("Dog")) and pet.fallback is None


def test_examples_are_checked_against_the_member_the_tag_picks() -> None:
    """An unknown tag is checked against the base; a known one against its subtype."""
    schemas = _pets()
    schemas["Holder"]["example"] = {"pet": {"petType": "bird", "name": "b"}}
    _, problems = _normalize(schemas)
    assert problems == []
    schemas["Holder"]["example"] = {"pet": {"petType": "Cat", "name": "c", "meows": "yes"}}
    _, problems = _normalize(schemas)
    [warning] = problems
    assert warning.pointer == "#/components/schemas/Holder/example"
    assert "pet.meows" in warning.message


def _three_levels(pet_mapping: dict[str, str] | None = None) -> dict[str, Any]:
    """Pet ← Dog ← Puppy, Dog with a mapping of its own on the same property."""
    dog_mapping = {"pup": "Puppy", "dog": "Dog", "small": "Puppy"}
    dog = _child("Pet", "barks", discriminator={"propertyName": "petType", "mapping": dog_mapping})
    schemas = _pets(pet_mapping, Dog=dog, Puppy=_child("Dog", "tiny"))
    schemas["Holder"]["properties"]["dog"] = {"$ref": "#/components/schemas/Dog"}
    return schemas


def test_a_middle_schemas_mapping_is_merged_into_the_top_base() -> None:
    api, problems = _normalize(_three_levels())
    assert problems == []
    held = _fields(api, "Holder")
    assert held["pet"] == UnionOf(
        (ModelRef("Puppy"), ModelRef("Dog"), ModelRef("Cat"), ModelRef("Pet")),
        "petType",
        (("Cat", "Cat"), ("dog", "Dog"), ("pup", "Puppy"), ("small", "Puppy")),
        fallback="Pet",
    )
    assert held["dog"].tags == (("dog", "Dog"), ("pup", "Puppy"), ("small", "Puppy"))


def test_the_top_bases_mapping_wins_a_conflict_with_a_warning() -> None:
    api, problems = _normalize(_three_levels({"small": "Cat"}))
    held = _fields(api, "Holder")
    assert dict(held["pet"].tags)["small"] == "Cat"
    assert dict(held["dog"].tags)["small"] == "Puppy"  # Dog's own union keeps its reading
    [warning] = problems
    assert warning.severity == "warning"
    assert warning.pointer == "#/components/schemas/Dog/discriminator/mapping/small"
    assert "the mapping of 'Pet' reads 'small' as 'Cat'" in warning.message


def test_a_middle_mapping_on_another_property_is_left_to_the_middle() -> None:
    schemas = _three_levels()
    schemas["Dog"]["discriminator"]["propertyName"] = "breed"
    api, _ = _normalize(schemas)
    assert "pup" not in dict(_fields(api, "Holder")["pet"].tags)


def test_an_inheritance_union_inside_a_one_of_stays_one_member() -> None:
    """Flattened, a dog would be read as a Cat (no tag picks it) and a bird too (no fallback)."""
    robot = {"type": "object", "required": ["serial"], "properties": {"serial": {"type": "string"}}}
    schemas = _pets(MAPPING, Robot=robot)
    either = [{"$ref": PET}, {"$ref": "#/components/schemas/Robot"}]
    schemas["Holder"]["properties"] |= {
        "thing": {"oneOf": either},
        "maybe_pet": {"anyOf": [{"$ref": PET}, {"type": "null"}]},
    }
    api, problems = _normalize(schemas)
    assert problems == []
    held = _fields(api, "Holder")
    assert held["thing"].variants == (PETS, ModelRef("Robot"))
    assert held["maybe_pet"] == UnionOf(
        (*PETS.variants, NULL), "petType", PETS.tags, fallback="Pet"
    )


def test_an_outer_discriminator_on_the_same_property_reads_the_subtypes_tags_too() -> None:
    """`oneOf [Pet, Robot]` tagged by petType: "Pet"/"Robot" (schema names) and the tags of
    Pet's own mapping pick the member Pet, whose union then picks the subtype."""
    robot = {"type": "object", "properties": {"petType": {"type": "string"}}}
    schemas = _pets(MAPPING, Robot=robot)
    schemas["Holder"]["properties"]["thing"] = {
        "oneOf": [{"$ref": PET}, {"$ref": "#/components/schemas/Robot"}],
        "discriminator": {"propertyName": "petType"},
    }
    api, problems = _normalize(schemas)
    assert problems == []
    tags = (("Pet", "Pet"), ("Robot", "Robot"), ("cat", "Pet"), ("dog", "Pet"))
    assert _fields(api, "Holder")["thing"] == UnionOf((PETS, ModelRef("Robot")), "petType", tags)


def test_an_outer_discriminator_on_another_property_maps_to_the_base_member() -> None:
    """The outer mapping may name the base or one of its subtypes: both pick the member."""
    robot = {"type": "object", "properties": {"kind": {"type": "string"}}}
    schemas = _pets(MAPPING, Robot=robot)
    mapping = {"pet": PET, "hound": "Dog", "bot": "#/components/schemas/Robot"}
    schemas["Holder"]["properties"]["thing"] = {
        "oneOf": [{"$ref": PET}, {"$ref": "#/components/schemas/Robot"}],
        "discriminator": {"propertyName": "kind", "mapping": mapping},
    }
    api, problems = _normalize(schemas)
    assert problems == []
    tags = (("bot", "Robot"), ("hound", "Pet"), ("pet", "Pet"))
    assert _fields(api, "Holder")["thing"] == UnionOf((PETS, ModelRef("Robot")), "kind", tags)


def test_an_outer_discriminator_beside_a_member_that_is_no_object_is_still_warned() -> None:
    schemas = _pets(MAPPING)
    schemas["Holder"]["properties"]["thing"] = {
        "oneOf": [{"$ref": PET}, {"type": "string"}],
        "discriminator": {"propertyName": "petType"},
    }
    api, problems = _normalize(schemas)
    assert _fields(api, "Holder")["thing"] == UnionOf((PETS, Primitive("str")))
    [warning] = problems
    assert warning.pointer == "#/components/schemas/Holder/properties/thing/discriminator"
    assert "some variants are not object schemas" in warning.message
