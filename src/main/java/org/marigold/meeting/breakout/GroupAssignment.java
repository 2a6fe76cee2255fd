package org.marigold.meeting.breakout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Splits the people present into breakout groups. Balanced means group sizes differ by at most one; facilitators
 * can be spread so each group has one before any group has two; the presenter can be kept out (they listen in the
 * main room). A late joiner goes to the smallest group, the first of equals.
 */
public final class GroupAssignment {

    /** Someone present when the groups are formed. */
    public record Person(long id, boolean facilitator, boolean presenter) {
    }

    /** How the facilitator asked for groups: a number of groups, or a size of group. */
    public enum Split { GROUPS, PEOPLE_PER_GROUP }

    /**
     * What a facilitator asks for: how many groups (or how many people in each), whether the presenter stays in the
     * main room and facilitators are spread, or whether members choose their group themselves, at most {@code cap}
     * in each (null: no limit).
     */
    public record Request(Split split, int asked, boolean presenterOut, boolean spreadFacilitators, boolean membersChoose,
                          Integer cap) {

        public static Request automatic(Split split, int asked, boolean presenterOut, boolean spreadFacilitators) {
            return new Request(split, asked, presenterOut, spreadFacilitators, false, null);
        }

        public static Request chosenByMembers(int groups, Integer cap) {
            return new Request(Split.GROUPS, groups, true, false, true, cap);
        }
    }

    private GroupAssignment() {
    }

    /**
     * How many groups a request makes for this many people. Refuses zero, negative, and more groups than people
     * (the message keys name the rule: {@code breakout.groups.none}, {@code breakout.groups.tooMany}).
     */
    public static int groupCount(Split split, int asked, int people) {
        if (asked < 1) {
            throw new IllegalArgumentException("breakout.groups.none");
        }
        int groups = split == Split.GROUPS ? asked : (people + asked - 1) / asked;
        if (people < 1 || groups > people) {
            throw new IllegalArgumentException("breakout.groups.tooMany");
        }
        return groups;
    }

    /** Balanced groups of ids, in the order of the groups; the random source decides who goes with whom. */
    public static List<List<Long>> balanced(List<Person> present, int groups, boolean presenterOut, boolean spreadFacilitators,
                                            Random random) {
        List<Person> assignable = present.stream().filter(p -> !(presenterOut && p.presenter())).toList();
        if (groups < 1) {
            throw new IllegalArgumentException("breakout.groups.none");
        }
        if (groups > assignable.size()) {
            throw new IllegalArgumentException("breakout.groups.tooMany");
        }
        List<List<Long>> result = new ArrayList<>();
        IntStream.range(0, groups).forEach(i -> result.add(new ArrayList<>()));
        List<Person> first = new ArrayList<>(assignable.stream().filter(p -> spreadFacilitators && p.facilitator()).toList());
        List<Person> rest = new ArrayList<>(assignable.stream().filter(p -> !(spreadFacilitators && p.facilitator())).toList());
        Collections.shuffle(first, random);
        Collections.shuffle(rest, random);
        for (Person person : first) {
            result.get(smallest(sizes(result))).add(person.id());
        }
        for (Person person : rest) {
            result.get(smallest(sizes(result))).add(person.id());
        }
        return result;
    }

    /** The index of the smallest group; among equals, the first. */
    public static int smallest(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("breakout.groups.none");
        }
        return IntStream.range(0, sizes.size()).boxed().min(Comparator.comparing(sizes::get)).orElseThrow();
    }

    /** Whether someone may pick a group of this size themselves; no cap means any size. */
    public static boolean hasRoom(int size, Integer cap) {
        return cap == null || size < cap;
    }

    private static List<Integer> sizes(List<List<Long>> groups) {
        return groups.stream().map(List::size).toList();
    }
}
