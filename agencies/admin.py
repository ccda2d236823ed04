"""Admin for provinces, agencies, aliases, memberships and users, and the admin helpers the other apps share."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from .models import Agency, AgencyAlias, Membership, Province
from .normalize import search_key


class SearchKeyAdminMixin:
    """Search the typed words and, besides, their accent-free key against the stored `search_key` columns.

    Staff type `ke hoach dau tu`, `Sở KH&ĐT` or `sở kế hoạch` for the same body; the plain admin search only
    finds the spelling it is given (SQLite folds case for ASCII only), so the folded key is searched too.
    """

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        key = search_key(search_term)
        if key and key != search_term:
            by_key, key_duplicates = super().get_search_results(request, queryset, key)
            results = results | by_key
            may_have_duplicates = may_have_duplicates or key_duplicates
        return results, may_have_duplicates


class ReadOnlyAdminMixin:
    """Rows only the portal's own actions write (they check input and record who acted): viewed here, never edited."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"code": ["name"]}


class AgencyAliasInline(admin.TabularInline):
    model = AgencyAlias
    fields = ["alias", "province"]
    extra = 1


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["user", "role"]
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Agency)
class AgencyAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "province", "parent", "is_group", "is_active", "successor"]
    list_filter = ["province", "kind", "is_group", "is_active"]
    list_select_related = ["province", "parent", "successor"]
    search_fields = ["name", "short_name", "search_key", "aliases__search_key"]
    autocomplete_fields = ["parent", "members", "successor"]
    fields = [
        "name",
        "short_name",
        "kind",
        "province",
        "parent",
        "email",
        "is_group",
        "members",
        "is_active",
        "valid_from",
        "valid_until",
        "successor",
    ]
    inlines = [AgencyAliasInline, MembershipInline]


@admin.register(AgencyAlias)
class AgencyAliasAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["alias", "agency", "province"]
    list_filter = ["province", "agency__province"]
    list_select_related = ["agency", "province"]
    search_fields = ["alias", "search_key", "agency__search_key"]
    autocomplete_fields = ["agency"]


@admin.register(Membership)
class MembershipAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["user", "agency", "role"]
    list_filter = ["role", "agency__province", "agency__kind"]
    list_select_related = ["user", "agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "agency__name", "agency__search_key"]
    autocomplete_fields = ["user", "agency"]


class UserMembershipInline(admin.TabularInline):
    model = Membership
    fields = ["agency", "role"]
    autocomplete_fields = ["agency"]
    extra = 0


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Django's user admin, with the user's agencies and roles on the same page."""

    inlines = [UserMembershipInline]
