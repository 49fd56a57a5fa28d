"""The briefing: "what we know so far", every line sourced."""
