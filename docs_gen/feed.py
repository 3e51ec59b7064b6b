"""An RSS 2.0 feed of the articles (newest dated first), written with the standard library."""
from __future__ import annotations

import email.utils
import datetime as dt
from xml.etree import ElementTree as ET

from . import models as m
from .export import page_url

FEED = "feed.xml"


def rss(articles: list[m.Article], site_name: str, site_url: str, description: str = "") -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    channel_xml = ET.Element("rss", version="2.0")
    channel = ET.SubElement(channel_xml, "channel")
    ET.SubElement(channel, "title").text = site_name
    ET.SubElement(channel, "link").text = base or "./"
    ET.SubElement(channel, "description").text = description or site_name
    ordered = sorted(articles, key=lambda a: (a.date or "", a.id), reverse=True)
    for article in ordered:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = article.title
        link = base + page_url(f"articles/{article.id}.md")
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "guid", isPermaLink="true" if base else "false").text = link
        first = next((b.text for b in article.blocks if b.kind == m.PARAGRAPH), "")
        ET.SubElement(item, "description").text = first[:500]
        if article.date:
            day = dt.datetime.fromisoformat(article.date).replace(tzinfo=dt.timezone.utc)
            ET.SubElement(item, "pubDate").text = email.utils.format_datetime(day)
        if article.author:
            ET.SubElement(item, "author").text = article.author
        if article.source_url:
            ET.SubElement(item, "source", url=article.source_url).text = article.outlet or article.source_url
    ET.indent(channel_xml)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(channel_xml, encoding="unicode") + "\n"
