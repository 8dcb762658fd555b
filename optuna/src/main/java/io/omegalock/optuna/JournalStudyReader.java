package io.omegalock.optuna;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads studies from an Optuna journal file ({@code JournalFileBackend}, formerly
 * {@code JournalFileStorage}): one JSON operation per line, replayed in order the way Optuna
 * replays it. Operations by {@code op_code}: 0 create study, 1 delete study, 2/3 set study
 * user/system attr, 4 create trial (optionally from a template with params, values and attrs),
 * 5 set param, 6 set state and values, 7 set intermediate value, 8/9 set trial user/system attr.
 *
 * <p>As in Optuna: a study name created twice keeps the first study; an update to an unknown or
 * already finished trial is ignored; a param whose distribution class (or categorical choices)
 * differs from the one the study recorded first is ignored; a deleted study disappears but its
 * trials keep their ids. The last line may be torn (no newline, or cut JSON) because a writer was
 * interrupted: it is skipped with a warning ({@link #warnings()}). A bad line anywhere else is an
 * error naming the line.
 *
 * <p>The whole file is replayed once, when the reader opens; the reader holds no file handle.
 */
public final class JournalStudyReader implements StudyReader {
    private static final System.Logger LOG = System.getLogger(JournalStudyReader.class.getName());

    private final Path file;
    private final List<String> warnings = new ArrayList<>();
    /** Live studies by study id, in creation order. */
    private final Map<Long, StudyState> studies = new LinkedHashMap<>();
    /** Every created trial, indexed by its global trial id. */
    private final List<TrialBuilder> trials = new ArrayList<>();
    private final List<StudyState> trialStudy = new ArrayList<>();
    private long nextStudyId;

    private static final class StudyState {
        final String name;
        final List<StudyDirection> directions;
        final List<TrialBuilder> trials = new ArrayList<>();

        StudyState(String name, List<StudyDirection> directions) {
            this.name = name;
            this.directions = directions;
        }
    }

    private JournalStudyReader(Path file) {
        this.file = file;
    }

    /**
     * Replays a journal file.
     *
     * @param file an Optuna journal file
     * @return the reader, holding every study of the file
     * @throws BadInputException when the file is missing or unreadable, a line other than the last
     *                           is not a JSON operation, or an operation is malformed (naming the
     *                           line)
     */
    public static JournalStudyReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("Optuna journal file not found: " + file.toAbsolutePath());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read the Optuna journal file " + file + ": " + e, e);
        }
        JournalStudyReader r = new JournalStudyReader(file);
        r.replay(text);
        return r;
    }

    /** @return what was tolerated while replaying (a torn last line), one message each */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public List<String> studyNames() {
        List<String> names = new ArrayList<>();
        for (StudyState s : studies.values()) {
            names.add(s.name);
        }
        return names;
    }

    @Override
    public Study read(String studyName) {
        for (StudyState s : studies.values()) {
            if (s.name.equals(studyName)) {
                List<Trial> out = new ArrayList<>(s.trials.size());
                for (TrialBuilder b : s.trials) {
                    out.add(b.build());
                }
                return new Study(new StudyInfo(s.name, s.directions), out, file + " (Optuna journal)");
            }
        }
        throw StudyReaders.unknownStudy(studyName, studyNames(), file.toString());
    }

    @Override
    public void close() {
        // The file was read whole at open.
    }

    private void replay(String text) {
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        if (n == 0) {
            throw new BadInputException(file + " is empty, not an Optuna journal file");
        }
        while (start < n) {
            lineNo++;
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                // Optuna ignores a last line without its newline: a write still in progress or torn.
                tolerate(lineNo, "it does not end with a newline");
                return;
            }
            String line = text.substring(start, nl);
            start = nl + 1;
            Object op;
            try {
                op = Json.parse(line);
            } catch (BadInputException e) {
                if (start >= n) {
                    tolerate(lineNo, "it is not valid JSON (" + e.getMessage() + ")");
                    return;
                }
                throw new BadInputException(file + " line " + lineNo + " is not valid JSON (" + e.getMessage()
                        + "); only the last line of an Optuna journal may be torn", e);
            }
            if (lineNo == 1 && !(op instanceof Map<?, ?> m && m.containsKey("op_code"))) {
                throw new BadInputException(file + " is not an Optuna journal file: its first line is not a JSON "
                        + "object with an op_code");
            }
            try {
                apply(op);
            } catch (BadInputException e) {
                throw new BadInputException(file + " line " + lineNo + ": " + e.getMessage(), e);
            } catch (ClassCastException | NullPointerException e) {
                throw new BadInputException(file + " line " + lineNo + ": malformed Optuna journal operation ("
                        + e.getMessage() + "): " + abbreviate(line), e);
            }
        }
    }

    private void tolerate(int lineNo, String why) {
        String msg = "ignored the last line (" + lineNo + ") of the Optuna journal " + file + ": " + why
                + "; a write was probably interrupted";
        warnings.add(msg);
        LOG.log(System.Logger.Level.WARNING, msg);
    }

    @SuppressWarnings("unchecked")
    private void apply(Object raw) {
        if (!(raw instanceof Map<?, ?>)) {
            throw new BadInputException("expected a JSON object per line, got " + raw);
        }
        Map<String, Object> op = (Map<String, Object>) raw;
        long code = num(op, "op_code").longValue();
        switch ((int) code) {
            case 0 -> createStudy(op);
            case 1 -> studies.remove(num(op, "study_id").longValue());
            case 2, 3 -> num(op, "study_id"); // study attrs are not part of the audit
            case 4 -> createTrial(op);
            case 5 -> setParam(op);
            case 6 -> setStateValues(op);
            case 7 -> {
                TrialBuilder t = updatable(op);
                if (t != null) {
                    t.intermediateValues.put(num(op, "step").longValue(), num(op, "intermediate_value").doubleValue());
                }
            }
            case 8, 9 -> {
                TrialBuilder t = updatable(op);
                if (t != null) {
                    String key = code == 8 ? "user_attr" : "system_attr";
                    (code == 8 ? t.userAttrs : t.systemAttrs).putAll((Map<String, Object>) op.get(key));
                }
            }
            default -> throw new BadInputException("unknown op_code " + code
                    + "; Optuna's journal operations are 0 to 9");
        }
    }

    private void createStudy(Map<String, Object> op) {
        String name = (String) op.get("study_name");
        if (name == null) {
            throw new BadInputException("create-study operation without study_name");
        }
        for (StudyState s : studies.values()) {
            if (s.name.equals(name)) {
                return; // Optuna keeps the first study of a name
            }
        }
        List<StudyDirection> dirs = new ArrayList<>();
        for (Object d : (List<?>) op.get("directions")) {
            dirs.add(StudyDirection.fromCode(((Number) d).longValue()));
        }
        studies.put(nextStudyId++, new StudyState(name, dirs));
    }

    @SuppressWarnings("unchecked")
    private void createTrial(Map<String, Object> op) {
        StudyState study = studies.get(num(op, "study_id").longValue());
        if (study == null) {
            return;
        }
        Object st = op.get("state");
        TrialBuilder t = new TrialBuilder(study.trials.size(),
                st == null ? TrialState.RUNNING : TrialState.fromCode(((Number) st).longValue()));
        // A template trial (enqueue_trial, add_trial, copy_study) carries its data inline.
        Map<String, Object> dists = (Map<String, Object>) op.getOrDefault("distributions", Map.of());
        Map<String, Object> params = (Map<String, Object>) op.getOrDefault("params", Map.of());
        for (Map.Entry<String, Object> p : params.entrySet()) {
            Object dj = dists.get(p.getKey());
            if (dj == null) {
                throw new BadInputException("template trial param '" + p.getKey() + "' has no distribution");
            }
            Distribution d = Distribution.parse((String) dj, "template trial param '" + p.getKey() + "'");
            t.params.put(p.getKey(), d.toExternal(((Number) p.getValue()).doubleValue()));
            t.distributions.put(p.getKey(), d);
        }
        Map<String, Object> ua = (Map<String, Object>) op.get("user_attrs");
        if (ua != null) {
            t.userAttrs.putAll(ua);
        }
        Map<String, Object> sa = (Map<String, Object>) op.get("system_attrs");
        if (sa != null) {
            t.systemAttrs.putAll(sa);
        }
        Map<String, Object> iv = (Map<String, Object>) op.get("intermediate_values");
        if (iv != null) {
            for (Map.Entry<String, Object> e : iv.entrySet()) {
                t.intermediateValues.put(Long.parseLong(e.getKey()), ((Number) e.getValue()).doubleValue());
            }
        }
        if (op.get("values") != null) {
            t.setValues(doubles((List<Object>) op.get("values")));
        } else if (op.get("value") != null) {
            t.setValues(List.of(((Number) op.get("value")).doubleValue()));
        }
        trials.add(t);
        trialStudy.add(study);
        study.trials.add(t);
    }

    private void setParam(Map<String, Object> op) {
        TrialBuilder t = updatable(op);
        if (t == null) {
            return;
        }
        String name = (String) op.get("param_name");
        Distribution d = Distribution.parse((String) op.get("distribution"), "param '" + name + "'");
        StudyState study = trialStudy.get((int) num(op, "trial_id").longValue());
        for (TrialBuilder prev : study.trials) {
            Distribution first = prev.distributions.get(name);
            if (first != null) {
                if (!d.compatibleWith(first)) {
                    return; // Optuna drops an incompatible param written by another worker
                }
                break;
            }
        }
        try {
            t.params.put(name, d.toExternal(num(op, "param_value_internal").doubleValue()));
        } catch (BadInputException e) {
            throw new BadInputException("trial " + t.number + " param '" + name + "': " + e.getMessage(), e);
        }
        t.distributions.put(name, d);
    }

    @SuppressWarnings("unchecked")
    private void setStateValues(Map<String, Object> op) {
        TrialBuilder t = updatable(op);
        if (t == null) {
            return;
        }
        TrialState state = TrialState.fromCode(num(op, "state").longValue());
        if (state == TrialState.RUNNING && t.state == TrialState.RUNNING) {
            return; // another worker already took this trial
        }
        t.state = state;
        if (op.get("values") != null) {
            t.setValues(doubles((List<Object>) op.get("values")));
        }
    }

    /** @return the trial an update names, or null when Optuna would ignore the update */
    private TrialBuilder updatable(Map<String, Object> op) {
        long id = num(op, "trial_id").longValue();
        if (id < 0 || id >= trials.size()) {
            return null;
        }
        TrialBuilder t = trials.get((int) id);
        return t.state.isFinished() ? null : t;
    }

    private static Number num(Map<String, Object> op, String key) {
        if (op.get(key) instanceof Number n) {
            return n;
        }
        throw new BadInputException("expected a number for '" + key + "', got " + op.get(key));
    }

    private static List<Double> doubles(List<Object> raw) {
        List<Double> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (!(o instanceof Number n)) {
                throw new BadInputException("expected numeric values, got " + raw);
            }
            out.add(n.doubleValue());
        }
        return out;
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
