package nl.vico.model;

/**
 * An actor's place in a consortium.
 *
 * @param consortium  id of the consortium
 * @param actor       id of the member actor
 * @param role        the member's role, or {@code null} when the proposal gives none
 * @param budgetShare the member's part of the budget (a fraction or an amount in euros; shares are
 *                    normalised per consortium), or {@code null} when not given
 */
public record Membership(String consortium, String actor, MemberRole role, Double budgetShare) {
    public Membership {
        if (consortium == null || consortium.isBlank() || actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a membership needs a consortium id and an actor id");
        }
        if (budgetShare != null && (budgetShare < 0 || budgetShare.isNaN() || budgetShare.isInfinite())) {
            throw new IllegalArgumentException("budget share of " + actor + " in " + consortium + " is " + budgetShare
                    + " — give a finite number ≥ 0, or leave it empty");
        }
    }
}
