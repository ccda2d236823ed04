"""Factories for agencies, named after the domain: AgencyFactory(name="Sở Công Thương")."""

import factory
from django.contrib.auth import get_user_model

from agencies.catalogue import catalogue
from agencies.models import Agency, AgencyAlias, AgencyKind, Membership, Province, Role
from agencies.services import create_agency


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Province
        django_get_or_create = ("code",)

    name = "Quảng Ngãi"
    code = "quang-ngai"


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("province", "name")

    name = factory.Sequence(lambda n: f"Sở Thử nghiệm {n}")
    kind = AgencyKind.DEPARTMENT
    province = factory.SubFactory(ProvinceFactory)


class AgencyAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgencyAlias

    agency = factory.SubFactory(AgencyFactory)
    alias = factory.Sequence(lambda n: f"STN{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.gov.vn")
    password = factory.PostGenerationMethodCall("set_password", "matkhau-thu-nghiem")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = Role.STAFF


def province_with_bodies(name, code, bodies, groups):
    """A province as its portal stands: `bodies` (name -> kind) and the catalogue groups documents assign to,
    `groups` a list of catalogue keys (the group under its catalogue name) or a mapping key -> the name it bears."""
    province = ProvinceFactory(name=name, code=code)
    for body_name, kind in bodies.items():
        AgencyFactory(province=province, name=body_name, kind=kind)
    named = groups if isinstance(groups, dict) else {key: catalogue().body(key).name for key in groups}
    for key, group_name in named.items():
        create_agency(province, group_name, catalogue().body(key).kind, catalogue_key=key)
    return province
