#!/usr/bin/env python3
"""Writes fresh Optuna studies for the interop test, then dumps every trial as Optuna itself
reports it. Needs Optuna (Debian's python3-optuna). Usage: make_studies.py OUT_DIR

Studies: interop_sqlite (SQLite storage) and interop_journal (journal file), the same
objective: float, log-float, stepped float, int, log-int and categorical parameters (with
None, a bool and an int among the choices), user attributes, Optuna's constraints system
attribute, and COMPLETE, PRUNED and FAIL trials. With a second argument, an RDB URL
(postgresql://...), also interop_rdb in that database (replacing an earlier one)."""
import json
import sys

import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)
out = sys.argv[1]


def objective(trial):
    x = trial.suggest_float("x", -3.0, 3.0)
    lr = trial.suggest_float("lr", 1e-4, 0.1, log=True)
    step = trial.suggest_float("step", 0.0, 1.0, step=0.25)
    n = trial.suggest_int("n", 1, 8)
    k = trial.suggest_int("k", 2, 64, log=True)
    mode = trial.suggest_categorical("mode", ["a", "b", None, True, 3])
    trial.set_user_attr("feasible", x <= 0.9)
    trial.set_user_attr("note", {"x": x, "tags": ["\u00fc", "\U0001F600"]})
    if trial.number % 11 == 5:
        raise optuna.TrialPruned()
    if trial.number % 13 == 7:
        raise ValueError("boom")
    return -(x - 0.5) ** 2 - 0.1 * n + (0.2 if mode == "b" else 0.0) + 0.01 * step - lr + 0.001 * k


def constraints(frozen):
    return [frozen.params["x"] - 0.8, frozen.params["n"] - 6]


def dump(study, path):
    trials = []
    for t in study.get_trials(deepcopy=False):
        trials.append({"number": t.number, "state": t.state.name, "params": t.params, "values": t.values,
                       "user_attrs": t.user_attrs, "system_attrs": t.system_attrs})
    doc = {"study_name": study.study_name, "directions": [d.name for d in study.directions], "trials": trials}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)


storages = {
    "interop_sqlite": "sqlite:///" + out + "/interop.db",
    "interop_journal": optuna.storages.JournalStorage(optuna.storages.JournalFileStorage(out + "/interop.log")),
}
if len(sys.argv) > 2:
    try:
        optuna.delete_study(study_name="interop_rdb", storage=sys.argv[2])
    except KeyError:
        pass
    storages["interop_rdb"] = sys.argv[2]
for name, storage in storages.items():
    sampler = optuna.samplers.TPESampler(seed=7, constraints_func=constraints)
    study = optuna.create_study(study_name=name, storage=storage, direction="maximize", sampler=sampler)
    study.optimize(objective, n_trials=40, catch=(ValueError,))
    dump(study, out + "/" + name + ".trials.json")
print("ok")
