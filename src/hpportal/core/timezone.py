"""The portal's local time: Vietnam (UTC+7) for display and for dates people type."""

from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
