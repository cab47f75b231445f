"""How an online dialogue describes itself to search engines: a schema.org Event with its leaders."""

from __future__ import annotations

from hpportal.dialogue.models import Dialogue


def dialogue_metadata(request, dialogue, meta) -> dict:
    starts, ends = dialogue.starts(), dialogue.ends()
    found = {
        "@type": "Event",
        "name": dialogue.title,
        "url": meta.canonical,
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": meta.canonical},
        "performer": [{"@type": "Person", "name": leader.get("full_name", ""), "jobTitle": leader.get("position", "")}
                      for leader in dialogue.leaders],  # fmt: skip
    }
    if starts is not None:
        found["startDate"] = starts.isoformat()
    if ends is not None:
        found["endDate"] = ends.isoformat()
    if dialogue.description:
        found["description"] = dialogue.description
    return {"og_type": "article", "json_ld": found, "image": getattr(dialogue, "poster", None)}


def includeme(config):
    config.add_page_metadata(Dialogue, dialogue_metadata)
