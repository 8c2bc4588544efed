package org.partnerdigest.archive;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the archive's write transactions one at a time. SQLite allows a single writer; queueing
 * writers in this process (fairly) keeps concurrent fetches from ever waiting on the database's
 * busy timeout. On PostgreSQL the lock is merely redundant within one instance.
 */
@Component
class ArchiveTransactions {

  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final TransactionTemplate transactions;

  ArchiveTransactions(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  <T> T write(Supplier<T> work) {
    writeLock.lock();
    try {
      return transactions.execute(status -> work.get());
    } finally {
      writeLock.unlock();
    }
  }
}
