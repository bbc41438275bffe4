"""The frame of every page: language, landmarks, menu, error pages, static files."""

from __future__ import annotations

import re

import pytest


def test_every_page_declares_its_language_and_has_a_skip_link_a_main_and_one_h1(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    for lang in ("fr", "en"):
        html = staff_client.get(f"/admin/debtor/?lang={lang}").get_data(as_text=True)
        assert f'<html lang="{lang}">' in html
        assert 'class="skip-link" href="#content"' in html
        assert '<main id="content"' in html
        assert len(re.findall(r"<h1\b", html)) == 1


def test_the_language_switch_keeps_the_page_its_search_and_its_filters(staff_client) -> None:  # type: ignore[no-untyped-def]
    html = staff_client.get("/admin/debtor/?search=Martin&flt0_1=1").get_data(as_text=True)
    assert 'href="/admin/debtor/?search=Martin&amp;flt0_1=1&amp;lang=en"' in html


def test_the_menu_groups_the_pages_under_drop_downs(admin_client) -> None:  # type: ignore[no-untyped-def]
    html = admin_client.get("/admin/").get_data(as_text=True)
    menu = html[html.index('id="main-menu"') : html.index('id="user-menu"')]
    assert re.findall(r'dropdown-toggle"[^>]*>([^<]+)</button>', menu) == [
        "Relances",
        "Réception",
        "Réglages",
    ]
    assert "Historique des relances" in menu and "Utilisateurs" in menu


@pytest.mark.parametrize(("lang", "title"), [("fr", "Page introuvable"), ("en", "Page not found")])
def test_an_unknown_page_is_a_branded_404_in_the_language_of_the_session(
    staff_client, lang: str, title: str
) -> None:  # type: ignore[no-untyped-def]
    staff_client.get(f"/admin/?lang={lang}")
    response = staff_client.get("/admin/no-such-page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html and title in html
    assert "Werkzeug" not in html and "Not Found" not in html.replace(title, "")


def test_a_page_for_admins_only_is_a_branded_403_for_staff(staff_client) -> None:  # type: ignore[no-untyped-def]
    response = staff_client.get("/admin/rules/")
    assert response.status_code == 403
    assert "Accès refusé" in response.get_data(as_text=True)


def test_static_files_are_cached_for_a_year_under_a_versioned_url(staff_client) -> None:  # type: ignore[no-untyped-def]
    html = staff_client.get("/admin/").get_data(as_text=True)
    css = re.search(r'href="(/static/relance/relance\.css\?v=[0-9a-f]+)"', html)
    assert css, "the stylesheet's URL carries its version"
    response = staff_client.get(css.group(1))
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]
    bootstrap = staff_client.get("/admin/static/bootstrap/bootstrap4/css/bootstrap.min.css?v=4.6.2")
    assert "max-age=31536000" in bootstrap.headers["Cache-Control"]
