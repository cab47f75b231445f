"""Online dialogues in the open data API (``/api/v1/dialogues``): the plan, its phase now and the published script.

Only what the public page shows: never a sender, never a question the board has not answered.
"""

from __future__ import annotations

from hpportal.core.api import ApiCollection
from hpportal.dialogue.phases import phase
from hpportal.dialogue.vocabularies import MODES

STRING = {"type": "string"}
DATE_TIME = {"type": ["string", "null"], "format": "date-time"}
LEADER = {"type": "object", "required": ["full_name", "position", "agency"], "additionalProperties": False,
          "properties": {"full_name": STRING, "position": STRING, "agency": STRING}}  # fmt: skip
ANSWERED = {"type": "object", "required": ["question", "answer", "leader", "answered"], "additionalProperties": False,
            "properties": {"question": STRING, "answer": STRING, "leader": STRING, "answered": DATE_TIME}}  # fmt: skip


def _dialogue(request, dialogue) -> dict:
    starts, ends = dialogue.starts(), dialogue.ends()
    return {
        "hot_issue": dialogue.hot_issue,
        "starts": starts.isoformat() if starts else None,
        "ends": ends.isoformat() if ends else None,
        "venue": dialogue.venue,
        "mode": dialogue.mode,
        "phase": phase(dialogue) or "",
        "leaders": [
            {key: str(leader.get(key) or "") for key in ("full_name", "position", "agency")}
            for leader in dialogue.leaders
        ],  # fmt: skip
        "video_url": dialogue.video_url or None,
        "script": [
            {
                "question": q.text,
                "answer": q.answer,
                "leader": dialogue.leader_title(q.leader),
                "answered": q.answered.isoformat() if q.answered else None,
            }
            for q in dialogue.scripted()
            if q.answer
        ],  # fmt: skip
    }


DIALOGUES = ApiCollection(
    "dialogues",
    types=("Dialogue",),
    title="Online dialogues and their scripts",
    title_vi="Đối thoại trực tuyến",
    properties={
        "hot_issue": STRING,
        "starts": DATE_TIME,
        "ends": DATE_TIME,
        "venue": STRING,
        "mode": {"type": "string", "enum": ["", *sorted(MODES)]},
        "phase": STRING,
        "leaders": {"type": "array", "items": LEADER},
        "video_url": {"type": ["string", "null"], "format": "uri"},
        "script": {"type": "array", "items": ANSWERED},
    },
    required=("hot_issue", "starts", "ends", "venue", "mode", "phase", "leaders", "video_url", "script"),
    serialize=_dialogue,
)


def includeme(config):
    config.add_api_collection(DIALOGUES)
