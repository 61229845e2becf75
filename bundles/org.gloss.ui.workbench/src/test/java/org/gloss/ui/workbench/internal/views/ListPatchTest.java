package org.gloss.ui.workbench.internal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

class ListPatchTest {
    @Test
    void oneNewRowIsOneInsertionOfThatRow() {
        ObservableList<String> shown = FXCollections.observableArrayList(numbers(0, 5000));
        List<String> wanted = new ArrayList<>(shown);
        wanted.add(2500, "new");
        List<String> events = record(shown);

        ListPatch.apply(shown, wanted);

        assertThat(shown).isEqualTo(wanted);
        assertThat(events).containsExactly("added [new] at 2500");
    }

    @Test
    void aRemovedRowIsOneRemoval() {
        ObservableList<String> shown = FXCollections.observableArrayList(numbers(0, 100));
        List<String> wanted = new ArrayList<>(shown);
        wanted.remove(0);
        List<String> events = record(shown);

        ListPatch.apply(shown, wanted);

        assertThat(shown).isEqualTo(wanted);
        assertThat(events).containsExactly("removed [0] at 0");
    }

    @Test
    void theSameContentFiresNothing() {
        ObservableList<String> shown = FXCollections.observableArrayList(numbers(0, 10));
        List<String> events = record(shown);

        ListPatch.apply(shown, numbers(0, 10));

        assertThat(events).isEmpty();
    }

    @Test
    void anyChangeEndsWithTheWantedContent() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            ObservableList<String> shown = FXCollections.observableArrayList(randomList(random));
            List<String> wanted = randomList(random);
            ListPatch.apply(shown, wanted);
            assertThat(shown).as("round %d", round).isEqualTo(wanted);
        }
    }

    private static List<String> randomList(Random random) {
        List<String> list = new ArrayList<>();
        int size = random.nextInt(8);
        for (int i = 0; i < size; i++) {
            list.add(Integer.toString(random.nextInt(4)));
        }
        return list;
    }

    private static List<String> numbers(int from, int to) {
        List<String> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(Integer.toString(i));
        }
        return list;
    }

    private static List<String> record(ObservableList<String> list) {
        List<String> events = new ArrayList<>();
        list.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    events.add("removed " + change.getRemoved() + " at " + change.getFrom());
                }
                if (change.wasAdded()) {
                    events.add("added " + change.getAddedSubList() + " at " + change.getFrom());
                }
            }
        });
        return events;
    }
}
