// libedit (BSD licence) through its readline-compatible interface: line editing, history and
// tab completion for `adjudicator repl`.
#include <stdio.h>
#include <editline/readline.h>

// Swift 6 cannot touch a C global directly (it is shared mutable state); set it here.
static inline void adjudicator_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
