package nl.vico.analyzer.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.Codes;

/**
 * The criteria a proposed consortium is scored on, each from 0 to 100 ({@link ConsortiumScores}), in the
 * order the practice literature on social tendering names its demands. The overall score weighs them with
 * the policy's {@code weight_<key>} values.
 */
public enum Criterion {
    /** Broad and diverse: the kinds of party, residents and informal parties among them, newcomers. */
    DIVERSITY("diversity"),
    /** Say over the budget shared, not held by one party. */
    POWER_BALANCE("power_balance"),
    /** An independent connector, members tied to each other, the neighbourhood's communities reached. */
    BRIDGING("bridging"),
    /** Support among residents (draagvlak) and anchoring in more than one municipal department. */
    SUPPORT("support"),
    /** The municipality's role and the members' roles stated and consistent. */
    ROLE_CLARITY("role_clarity"),
    /** Neighbourhood scale: at most about 25,000 residents. */
    SCALE("scale");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    /** The snake_case key used in reports and in {@code --weight key=value}. */
    public String key() {
        return key;
    }

    /** The words a reader sees, e.g. "power balance". */
    public String words() {
        return key.replace('_', ' ');
    }

    /** The criterion's name as a message, e.g. "power balance" or "machtsbalans" ({@link nl.vico.analyzer.FindingMessages}). */
    public Message label() {
        return Message.of(switch (this) {
            case DIVERSITY -> MessageKey.CRITERION_DIVERSITY;
            case POWER_BALANCE -> MessageKey.CRITERION_POWER_BALANCE;
            case BRIDGING -> MessageKey.CRITERION_BRIDGING;
            case SUPPORT -> MessageKey.CRITERION_SUPPORT;
            case ROLE_CLARITY -> MessageKey.CRITERION_ROLE_CLARITY;
            case SCALE -> MessageKey.CRITERION_SCALE;
        });
    }

    /** The policy key of this criterion's weight, e.g. {@code weight_power_balance}. */
    public String weightKey() {
        return "weight_" + key;
    }

    /** This criterion's weight in the policy. */
    public double weight(Policy policy) {
        return switch (this) {
            case DIVERSITY -> policy.weightDiversity();
            case POWER_BALANCE -> policy.weightPowerBalance();
            case BRIDGING -> policy.weightBridging();
            case SUPPORT -> policy.weightSupport();
            case ROLE_CLARITY -> policy.weightRoleClarity();
            case SCALE -> policy.weightScale();
        };
    }

    /** Reads a key ({@code power_balance}), ignoring case and reading spaces or hyphens as underscores. */
    public static Optional<Criterion> parse(String text) {
        String norm = Codes.normalise(text);
        return Arrays.stream(values()).filter(c -> c.key.equals(norm)).findFirst();
    }

    /** Every key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Criterion::key).toList();
    }
}
