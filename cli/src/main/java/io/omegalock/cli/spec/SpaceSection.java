package io.omegalock.cli.spec;

import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code space} list: one entry per parameter, typed float, int, bool or choice. */
final class SpaceSection {
    static final List<String> ALL_KEYS = List.of("name", "type", "low", "high", "neutral", "choices", "ofi_biased",
            "epsilon");
    private static final List<String> TYPES = List.of("float", "int", "bool", "choice");
    private static final Map<String, List<String>> KEYS_BY_TYPE = Map.of(
            "float", List.of("name", "type", "low", "high", "neutral", "ofi_biased", "epsilon"),
            "int", List.of("name", "type", "low", "high", "neutral", "ofi_biased", "epsilon"),
            "bool", List.of("name", "type", "neutral", "ofi_biased"),
            "choice", List.of("name", "type", "choices", "neutral", "ofi_biased"));

    /**
     * @param space    the validated parameter space
     * @param epsilons per-parameter stress ε overrides, by name
     */
    record Parsed(ParamSpace space, Map<String, Double> epsilons) {
    }

    private SpaceSection() {
    }

    static Parsed parse(SpecNode node) {
        List<ParamSpec> specs = new ArrayList<>();
        Map<String, Double> epsilons = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (SpecNode entry : node.asList()) {
            SpecMap m = entry.asMap();
            m.allowOnly(ALL_KEYS);
            SpecNode nameNode = m.require("name");
            String name = nameNode.asNonBlankString();
            String previous = seen.putIfAbsent(name, entry.path());
            if (previous != null) {
                throw nameNode.error("duplicate parameter name \"" + name + "\" (also " + previous + ")");
            }
            String type = m.require("type").asOneOf(TYPES);
            List<String> allowed = KEYS_BY_TYPE.get(type);
            for (String key : m.keys()) {
                if (!allowed.contains(key)) {
                    throw m.require(key).error("not used by type " + type + " (" + type + " reads "
                            + String.join(", ", allowed) + ")");
                }
            }
            specs.add(param(entry, m, name, type, m.bool("ofi_biased", false)));
            SpecNode eps = m.opt("epsilon");
            if (eps != null) {
                double e = eps.asDouble();
                eps.validate(() -> PipelineConfig.builder().epsilons(Map.of(name, e)).build());
                epsilons.put(name, e);
            }
        }
        ParamSpace[] space = new ParamSpace[1];
        node.validate(() -> space[0] = ParamSpace.of(specs));
        return new Parsed(space[0], epsilons);
    }

    private static ParamSpec param(SpecNode entry, SpecMap m, String name, String type, boolean ofi) {
        ParamSpec[] out = new ParamSpec[1];
        switch (type) {
            case "float": {
                double low = m.require("low").asDouble();
                double high = m.require("high").asDouble();
                double neutral = m.require("neutral").asDouble();
                entry.validate(() -> out[0] = new FloatParam(name, low, high, neutral, ofi));
                break;
            }
            case "int": {
                long low = m.require("low").asLong();
                long high = m.require("high").asLong();
                long neutral = m.require("neutral").asLong();
                entry.validate(() -> out[0] = new IntParam(name, low, high, neutral, ofi));
                break;
            }
            case "bool":
                out[0] = new BoolParam(name, m.require("neutral").asBoolean(), ofi);
                break;
            default: {
                List<String> choices = new ArrayList<>();
                for (SpecNode c : m.require("choices").asList()) {
                    choices.add(c.asNonBlankString());
                }
                String neutral = m.require("neutral").asString();
                entry.validate(() -> out[0] = new ChoiceParam(name, choices, neutral, ofi));
                break;
            }
        }
        return out[0];
    }
}
