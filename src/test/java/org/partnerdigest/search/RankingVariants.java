package org.partnerdigest.search;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies of a {@link Ranking} with one ingredient changed, for the ablation. */
final class RankingVariants {

  private RankingVariants() {}

  /** {@code ranking} with its component {@code name} set to {@code value}. */
  static Ranking with(Ranking ranking, String name, Object value) {
    RecordComponent[] components = Ranking.class.getRecordComponents();
    if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
      throw new IllegalArgumentException("Ranking has no " + name);
    }
    try {
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] =
            components[i].getName().equals(name)
                ? value
                : components[i].getAccessor().invoke(ranking);
      }
      return Ranking.class.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
