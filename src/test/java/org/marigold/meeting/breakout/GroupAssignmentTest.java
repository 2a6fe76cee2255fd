package org.marigold.meeting.breakout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.marigold.meeting.breakout.GroupAssignment.Person;
import org.marigold.meeting.breakout.GroupAssignment.Split;

class GroupAssignmentTest {

    private static List<Person> members(int count) {
        return new ArrayList<>(LongStream.rangeClosed(1, count).mapToObj(id -> new Person(id, false, false)).toList());
    }

    @Test
    void groupsAreBalancedToWithinOnePerson() {
        for (int people = 2; people <= 30; people++) {
            for (int groups = 1; groups <= people; groups++) {
                List<List<Long>> split = GroupAssignment.balanced(members(people), groups, false, false, new Random(people * 31L + groups));
                int largest = split.stream().mapToInt(List::size).max().orElseThrow();
                int smallest = split.stream().mapToInt(List::size).min().orElseThrow();
                assertTrue(largest - smallest <= 1, people + " people in " + groups + " groups: " + split);
                assertEquals(people, new HashSet<>(split.stream().flatMap(List::stream).toList()).size(), "everyone once");
            }
        }
    }

    @Test
    void askingForAGroupSizeMakesEnoughGroups() {
        assertEquals(4, GroupAssignment.groupCount(Split.PEOPLE_PER_GROUP, 3, 10));
        assertEquals(2, GroupAssignment.groupCount(Split.GROUPS, 2, 5));
        assertEquals(1, GroupAssignment.groupCount(Split.PEOPLE_PER_GROUP, 50, 5));
    }

    @Test
    void zeroGroupsOrMoreGroupsThanPeopleAreRefused() {
        assertEquals("breakout.groups.none", assertThrows(IllegalArgumentException.class,
                () -> GroupAssignment.groupCount(Split.GROUPS, 0, 5)).getMessage());
        assertEquals("breakout.groups.tooMany", assertThrows(IllegalArgumentException.class,
                () -> GroupAssignment.groupCount(Split.GROUPS, 6, 5)).getMessage());
        assertEquals("breakout.groups.tooMany", assertThrows(IllegalArgumentException.class,
                () -> GroupAssignment.balanced(members(2), 3, false, false, new Random(1))).getMessage());
    }

    @Test
    void thePresenterCanBeKeptOutOfTheGroups() {
        List<Person> present = members(6);
        present.add(new Person(99, false, true));
        List<List<Long>> split = GroupAssignment.balanced(present, 2, true, false, new Random(7));
        assertFalse(split.stream().flatMap(List::stream).anyMatch(id -> id == 99));
        assertEquals(List.of(3, 3), split.stream().map(List::size).toList());
        assertTrue(GroupAssignment.balanced(present, 2, false, false, new Random(7)).stream().flatMap(List::stream).anyMatch(id -> id == 99));
        assertEquals("breakout.groups.tooMany", assertThrows(IllegalArgumentException.class,
                () -> GroupAssignment.balanced(List.of(new Person(1, false, true)), 1, true, false, new Random(1))).getMessage(),
                "the presenter alone makes no group");
    }

    @Test
    void facilitatorsAreSpreadOneToAGroupFirst() {
        for (long seed = 0; seed < 50; seed++) {
            List<Person> present = members(9);
            present.add(new Person(101, true, false));
            present.add(new Person(102, true, false));
            List<List<Long>> split = GroupAssignment.balanced(present, 2, false, true, new Random(seed));
            assertTrue(split.stream().allMatch(group -> group.stream().filter(id -> id > 100).count() == 1), split.toString());
        }
    }

    @Test
    void aLateJoinerGoesToTheSmallestGroupTheFirstOfEquals() {
        assertEquals(1, GroupAssignment.smallest(List.of(4, 3, 3, 5)));
        assertEquals(0, GroupAssignment.smallest(List.of(2, 2)));
    }

    @Test
    void aCappedGroupIsFullAtItsCap() {
        assertTrue(GroupAssignment.hasRoom(3, 4));
        assertFalse(GroupAssignment.hasRoom(4, 4));
        assertTrue(GroupAssignment.hasRoom(40, null));
    }
}
