"""Backstage: the clients' web portal and the JSON API for their systems (issue 16).

The portal's twin of `ui/`: routes and pages only, on the same services as the desktop; the
office's users, roles and client scope decide what each request may see (services.office).
`ui` and `portal` never import each other.
"""
