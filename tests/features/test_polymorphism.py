"""Polymorphism by inheritance: a `$ref` to a base schema with a discriminator (no oneOf) reads
a value as the subtype its tag names, and an unknown tag as the base model (OpenAPI 3.0.3
§4.7.25). The generated package parses, type-checks, and passes its own suite against Prism,
which ignores discriminators (its made-up `petType` is "string": the base model)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

SPEC = """
openapi: 3.0.3
info: {title: Pet Shop, version: 1.0.0}
servers: [{url: "https://pets.example"}]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: a cat, a dog or a pet of a kind added later
          content:
            application/json: {schema: {$ref: "#/components/schemas/Pet"}}
  /pets:
    post:
      operationId: addPet
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: "#/components/schemas/Pet"}}
      responses:
        "200":
          description: the shelter with the pet
          content:
            application/json: {schema: {$ref: "#/components/schemas/Shelter"}}
  /vehicles/{id}:
    get:
      operationId: getVehicle
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: implicit mapping by schema name
          content:
            application/json: {schema: {$ref: "#/components/schemas/Vehicle"}}
  /things/{id}:
    get:
      operationId: getThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: a pet (read by its petType) or a robot
          content:
            application/json: {schema: {$ref: "#/components/schemas/Thing"}}
  /tagged/{id}:
    get:
      operationId: getTagged
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: by kind a robot or a pet, the pet then by its petType
          content:
            application/json: {schema: {$ref: "#/components/schemas/Tagged"}}
  /same/{id}:
    get:
      operationId: getSame
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: one tag property for the oneOf and the base
          content:
            application/json: {schema: {$ref: "#/components/schemas/Same"}}
components:
  schemas:
    Tagged:
      oneOf:
        - {$ref: "#/components/schemas/Pet"}
        - {$ref: "#/components/schemas/Robot"}
      discriminator:
        propertyName: kind
        mapping: {pet: "#/components/schemas/Pet", robot: "#/components/schemas/Robot"}
    Same:
      oneOf:
        - {$ref: "#/components/schemas/Pet"}
        - {$ref: "#/components/schemas/Robot"}
      discriminator: {propertyName: petType}
    Kennel:
      type: object
      properties: {thing: {$ref: "#/components/schemas/Tagged"}}
    Thing:
      oneOf:
        - {$ref: "#/components/schemas/Pet"}
        - {$ref: "#/components/schemas/Robot"}
    Robot:
      type: object
      required: [serial]
      properties: {serial: {type: string}}
    Pet:
      type: object
      required: [petType, name]
      properties: {petType: {type: string}, name: {type: string}}
      discriminator:
        propertyName: petType
        mapping: {cat: Cat, dog: "#/components/schemas/Dog"}
    Cat:
      allOf:
        - {$ref: "#/components/schemas/Pet"}
        - {type: object, properties: {meows: {type: boolean}}}
    Dog:
      allOf:
        - {$ref: "#/components/schemas/Pet"}
        - {type: object, properties: {barks: {type: boolean}}}
    Shelter:
      type: object
      required: [pets]
      properties:
        pets: {type: array, items: {$ref: "#/components/schemas/Pet"}}
        favourite:
          allOf: [{$ref: "#/components/schemas/Pet"}]
          nullable: true
    Vehicle:
      type: object
      required: [kind]
      properties: {kind: {type: string}, wheels: {type: integer}}
      discriminator: {propertyName: kind}
    Car:
      allOf:
        - {$ref: "#/components/schemas/Vehicle"}
        - {type: object, properties: {doors: {type: integer}}}
      discriminator: {propertyName: kind, mapping: {sporty: SportsCar}}
    Bike:
      allOf:
        - {$ref: "#/components/schemas/Vehicle"}
        - {type: object, properties: {gears: {type: integer}}}
    SportsCar:
      allOf:
        - {$ref: "#/components/schemas/Car"}
        - {type: object, properties: {topSpeed: {type: integer}}}
"""

CAT = {"petType": "cat", "name": "Tom", "meows": True}
DOG = {"petType": "dog", "name": "Rex", "barks": False}
BIRD = {"petType": "bird", "name": "Tweety", "wings": 2}  # a subtype the SDK does not know


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path]:
    root = tmp_path_factory.mktemp("polymorphism")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "pet_shop")
    return build, pkg, root / "sdk"


def _client(pkg: ModuleType, body: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.PetShop(api_key="k", http_client=http, retries=None)


@pytest.mark.parametrize(
    ("body", "cls"), [(CAT, "Cat"), (DOG, "Dog"), (BIRD, "Pet")], ids=["cat", "dog", "bird"]
)
def test_a_response_is_read_as_the_subtype_its_tag_names(
    shop: tuple[Build, ModuleType, Path], body: dict[str, Any], cls: str
) -> None:
    pet = _client(shop[1], body).default.get_pet(id="1")
    assert type(pet) is getattr(shop[1].models, cls)
    assert pet.to_dict() == body  # a bird's wings stay readable as an extra
    if cls == "Cat":
        assert pet.meows is True


def test_model_pages_name_subtypes_and_bases(shop: tuple[Build, ModuleType, Path]) -> None:
    pages = shop[2] / "docs" / "models"
    pet = (pages / "pet.md").read_text()
    assert (
        "the value is read by its `petType` as one of: [Cat](cat.md) (`cat`), [Dog](dog.md)"
        " (`dog`); any other value as `Pet` itself." in pet
    )
    assert "A [Pet](pet.md) whose `petType` is `cat`." in (pages / "cat.md").read_text()
    assert "A [Vehicle](vehicle.md) whose `kind` is `Car`." in (pages / "car.md").read_text()


def test_a_missing_tag_is_still_an_error(shop: tuple[Build, ModuleType, Path]) -> None:
    """The base requires its tag: a value without it is valid against no member."""
    with pytest.raises(shop[1].errors.ResponseValidationError):
        _client(shop[1], {"name": "x"}).default.get_pet(id="1")


def test_properties_and_items_are_unions_too(shop: tuple[Build, ModuleType, Path]) -> None:
    models = shop[1].models
    body = {"pets": [CAT, DOG, BIRD], "favourite": DOG}
    shelter = _client(shop[1], body).default.add_pet(body=models.Cat(pet_type="cat", name="c"))
    assert [type(p) for p in shelter.pets] == [models.Cat, models.Dog, models.Pet]
    assert type(shelter.favourite) is models.Dog
    nobody = _client(shop[1], {"pets": [], "favourite": None}).default.add_pet(body=CAT)
    assert nobody.favourite is None


def test_the_implicit_mapping_tags_by_schema_name(shop: tuple[Build, ModuleType, Path]) -> None:
    models = shop[1].models
    car = _client(shop[1], {"kind": "Car", "doors": 3}).default.get_vehicle(id="1")
    assert type(car) is models.Car and car.doors == 3
    boat = _client(shop[1], {"kind": "Boat"}).default.get_vehicle(id="1")
    assert type(boat) is models.Vehicle


def test_a_middle_schemas_mapping_tags_for_the_top_base(
    shop: tuple[Build, ModuleType, Path],
) -> None:
    """Vehicle ← Car ← SportsCar, only Car's mapping names "sporty"."""
    models = shop[1].models
    sporty = _client(shop[1], {"kind": "sporty", "topSpeed": 300}).default.get_vehicle(id="1")
    assert type(sporty) is models.SportsCar and sporty.top_speed == 300
    car = _client(shop[1], {"kind": "Car"}).default.get_vehicle(id="1")
    assert type(car) is models.Car


@pytest.mark.parametrize(
    ("body", "cls"),
    [(CAT, "Cat"), (DOG, "Dog"), (BIRD, "Pet"), ({"serial": "r2"}, "Robot")],
    ids=["cat", "dog", "bird", "robot"],
)
def test_a_base_inside_a_one_of_keeps_its_subtypes_and_fallback(
    shop: tuple[Build, ModuleType, Path], body: dict[str, Any], cls: str
) -> None:
    """`Thing: oneOf [Pet, Robot]`: a dog was read as a Cat (the first member it fits) and a
    bird too while Pet's union was flattened into Thing's."""
    thing = _client(shop[1], body).default.get_thing(id="1")
    assert type(thing) is getattr(shop[1].models, cls)
    assert thing.to_dict() == body


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        ({**DOG, "kind": "pet"}, "Dog"),
        ({**BIRD, "kind": "pet"}, "Pet"),
        ({"kind": "robot", "serial": "r2"}, "Robot"),
    ],
    ids=["dog", "bird", "robot"],
)
def test_an_outer_tag_picks_the_member_and_a_base_members_own_tag_the_subtype(
    shop: tuple[Build, ModuleType, Path], body: dict[str, Any], cls: str
) -> None:
    """`Tagged: oneOf [Pet, Robot]` tagged by `kind`: "pet" picks Pet's union, whose petType
    picks the subtype (any other petType: Pet itself)."""
    thing = _client(shop[1], body).default.get_tagged(id="1")
    assert type(thing) is getattr(shop[1].models, cls)
    assert thing.to_dict() == body
    assert not any("Tagged" in w.message for w in shop[0].warnings if "ignored" in w.message)


def test_an_unknown_outer_tag_is_a_validation_error(shop: tuple[Build, ModuleType, Path]) -> None:
    """The outer oneOf has no fallback: a kind it does not name fits none of its members."""
    with pytest.raises(shop[1].errors.ResponseValidationError) as caught:
        _client(shop[1], {**DOG, "kind": "alien"}).default.get_tagged(id="1")
    assert "Rex" not in str(caught.value)  # the message names no content


def test_a_subtype_instance_is_accepted_where_the_outer_union_is_expected(
    shop: tuple[Build, ModuleType, Path],
) -> None:
    models = shop[1].models
    dog = models.Dog(pet_type="dog", name="Rex", barks=True)
    kennel = models.Kennel(thing=dog)
    assert kennel.thing is dog
    assert type(models.Kennel.model_validate({"thing": {**CAT, "kind": "pet"}}).thing) is models.Cat


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (DOG, "Dog"),
        ({**BIRD, "petType": "Pet"}, "Pet"),
        ({"petType": "Robot", "serial": "r"}, "Robot"),
    ],
    ids=["dog", "pet", "robot"],
)
def test_one_tag_property_for_the_one_of_and_the_base(
    shop: tuple[Build, ModuleType, Path], body: dict[str, Any], cls: str
) -> None:
    """`Same: oneOf [Pet, Robot]` tagged by petType as Pet is: the member's schema name and
    the tags of Pet's mapping pick Pet, whose union then picks the subtype."""
    thing = _client(shop[1], body).default.get_same(id="1")
    assert type(thing) is getattr(shop[1].models, cls)


def test_the_package_type_checks_with_its_tests(shop: tuple[Build, ModuleType, Path]) -> None:
    assert mypy_report(shop[2]) == ""


@pytest.mark.slow
def test_the_generated_suite_passes_against_prism(shop: tuple[Build, ModuleType, Path]) -> None:
    """Offline (the mock answers a cat, read as a Cat) and against Prism (its made-up pet has
    the tag "string", read as a Pet)."""
    out = shop[2]
    assert pyflakes_report(out) == ""
    tests = run_generated_suite(out, out.parent / "spec.yaml")
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert "test_method_get_pet" in (out / "tests" / "test_contract_default.py").read_text()
    assert "isinstance(value, models.Cat)" in (out / "tests" / "examples_default.py").read_text()
