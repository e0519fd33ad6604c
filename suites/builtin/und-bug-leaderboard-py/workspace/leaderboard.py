"""Leaderboard for the weekly challenge. A player is a dict with a "name"
(str) and a "score" (int)."""


def leaderboard(players):
    """A new list of new dicts: the players sorted by score, highest first;
    players with equal scores keep their relative order from the input.
    Each dict is a copy of the player with an added "rank": standard
    competition ranking (1, 2, 2, 4), where tied players share a rank.
    The input list and its dicts are not modified."""
    ordered = sorted(players, key=lambda p: p["score"], reverse=True)
    ranked = []
    for i, player in enumerate(ordered):
        if i > 0 and player["score"] == ordered[i - 1]["score"]:
            rank = ranked[-1]["rank"]
        else:
            rank = i + 1
        ranked.append({**player, "rank": rank})
    return ranked
